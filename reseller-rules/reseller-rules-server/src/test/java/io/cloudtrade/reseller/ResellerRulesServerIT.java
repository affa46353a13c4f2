package io.cloudtrade.reseller;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.IdentityErrors;
import io.cloudtrade.reseller.api.IdentityService;
import io.cloudtrade.reseller.api.RegisterAccountRequest;
import io.cloudtrade.reseller.api.SignatureCheck;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The identity service against a real MariaDB and ZooKeeper, called over Dubbo. */
@SpringBootTest(classes = {ResellerRulesServerApplication.class, ResellerRulesServerIT.Clients.class},
    properties = "spring.config.name=" + ResellerRulesServerApplication.CONFIG_NAME)
class ResellerRulesServerIT {
  static final String ALGORITHM = "ACS3-HMAC-SHA256";
  static final String STRING_TO_SIGN = "ACS3-HMAC-SHA256\n4b1c0b8a5f2e9d3c7a6b5e4d3c2b1a09f8e7d6c5b4a3928170f6e5d4c3b2a190";

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    SharedInfrastructure.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  /** A Dubbo consumer of the server's own export: every call goes through ZooKeeper and TCP. */
  @TestConfiguration
  @Component
  static class Clients {
    @DubboReference IdentityService identities;
  }

  @Autowired Clients clients;
  @Autowired JdbcTemplate jdbc;

  /** A fresh suffix, so that tests never meet each other's accounts in the shared database. */
  static String unique() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
  }

  static RegisterAccountRequest aCustomer(String suffix) {
    return new RegisterAccountRequest()
        .setName("Customer " + suffix)
        .setLoginName("customer-" + suffix + "@example.com")
        .setPassword("password-" + suffix)
        .setIdentity(Identities.CUSTOMER)
        .setAccessKeyId("LTAI5t" + suffix + "key000000")
        .setAccessKeySecret("secret-" + suffix + "-0123456789");
  }

  static String hmacHex(String secret, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
  }

  static SignatureCheck signedBy(RegisterAccountRequest r) throws Exception {
    return new SignatureCheck()
        .setAccessKeyId(r.getAccessKeyId())
        .setAlgorithm(ALGORITHM)
        .setStringToSign(STRING_TO_SIGN)
        .setSignature(hmacHex(r.getAccessKeySecret(), STRING_TO_SIGN));
  }

  Caller register(RegisterAccountRequest r) {
    Outcome<Caller> o = clients.identities.registerAccount(r);
    assertThat(o.isOk()).as(o.toString()).isTrue();
    return o.value();
  }

  @Test
  void authenticatesACorrectSignature() throws Exception {
    RegisterAccountRequest r = aCustomer(unique());
    Caller registered = register(r);

    Outcome<Caller> o = clients.identities.authenticate(signedBy(r));

    assertThat(o.isOk()).as(o.toString()).isTrue();
    assertThat(o.value().getAccountId()).isEqualTo(registered.getAccountId());
    assertThat(o.value().getIdentity()).isEqualTo(Identities.CUSTOMER);
    assertThat(o.value().getStatus()).isEqualTo("ACTIVE");
    // and again, from the cached key
    assertThat(clients.identities.authenticate(signedBy(r)).isOk()).isTrue();
  }

  @Test
  void storesTheSecretEncrypted() {
    RegisterAccountRequest r = aCustomer(unique());
    register(r);
    byte[] stored = jdbc.queryForObject("SELECT secret_ciphertext FROM access_key WHERE access_key_id = ?", byte[].class,
        r.getAccessKeyId());
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(r.getAccessKeySecret());
    String hash = jdbc.queryForObject("SELECT password_hash FROM account WHERE login_name = ?", String.class, r.getLoginName());
    assertThat(hash).startsWith("pbkdf2-sha256$100000$").doesNotContain(r.getPassword());
  }

  @Test
  void rejectsAWrongSignature() throws Exception {
    RegisterAccountRequest r = aCustomer(unique());
    register(r);
    SignatureCheck check = signedBy(r).setSignature(hmacHex("another-secret-0123456789", STRING_TO_SIGN));
    assertThat(clients.identities.authenticate(check).code()).isEqualTo(IdentityErrors.SIGNATURE_MISMATCH);
    SignatureCheck otherText = signedBy(r).setStringToSign(STRING_TO_SIGN + "0");
    assertThat(clients.identities.authenticate(otherText).code()).isEqualTo(IdentityErrors.SIGNATURE_MISMATCH);
  }

  @Test
  void rejectsAnUnknownKey() throws Exception {
    RegisterAccountRequest r = aCustomer(unique());
    register(r);
    SignatureCheck unknown = signedBy(r).setAccessKeyId("LTAI5tNoSuchKey" + unique());
    assertThat(clients.identities.authenticate(unknown).code()).isEqualTo(IdentityErrors.ACCESS_KEY_NOT_FOUND);
    SignatureCheck otherCase = signedBy(r).setAccessKeyId(r.getAccessKeyId().toUpperCase());
    assertThat(clients.identities.authenticate(otherCase).code()).isEqualTo(IdentityErrors.ACCESS_KEY_NOT_FOUND);
    SignatureCheck garbage = signedBy(r).setAccessKeyId("key with spaces ☃");
    assertThat(clients.identities.authenticate(garbage).code()).isEqualTo(IdentityErrors.ACCESS_KEY_NOT_FOUND);
  }

  @Test
  void rejectsAnInactiveKey() throws Exception {
    RegisterAccountRequest r = aCustomer(unique());
    register(r);
    assertThat(clients.identities.authenticate(signedBy(r)).isOk()).isTrue();
    jdbc.update("UPDATE access_key SET status = 'INACTIVE' WHERE access_key_id = ?", r.getAccessKeyId());
    assertThat(clients.identities.authenticate(signedBy(r)).code()).isEqualTo(IdentityErrors.ACCESS_KEY_NOT_FOUND);
  }

  @Test
  void rejectsAnotherAlgorithm() throws Exception {
    RegisterAccountRequest r = aCustomer(unique());
    register(r);
    assertThat(clients.identities.authenticate(signedBy(r).setAlgorithm("HMAC-SHA1")).code())
        .isEqualTo(IdentityErrors.UNSUPPORTED_ALGORITHM);
    assertThat(clients.identities.authenticate(signedBy(r).setAlgorithm(null)).code())
        .isEqualTo(IdentityErrors.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void logsInWithTheRightPasswordOnlyAndHidesWhetherTheNameExists() {
    RegisterAccountRequest r = aCustomer(unique());
    Caller registered = register(r);

    Outcome<Caller> ok = clients.identities.login(r.getLoginName(), r.getPassword());
    assertThat(ok.isOk()).as(ok.toString()).isTrue();
    assertThat(ok.value().getAccountId()).isEqualTo(registered.getAccountId());

    Outcome<Caller> wrongPassword = clients.identities.login(r.getLoginName(), r.getPassword() + "x");
    Outcome<Caller> unknownName = clients.identities.login("nobody-" + unique(), r.getPassword());
    assertThat(wrongPassword.code()).isEqualTo(IdentityErrors.LOGIN_FAILED);
    assertThat(unknownName.code()).isEqualTo(IdentityErrors.LOGIN_FAILED);
    assertThat(unknownName.message()).isEqualTo(wrongPassword.message());
  }

  @Test
  void findsAccountsById() {
    Caller registered = register(aCustomer(unique()).setAccessKeyId(null).setAccessKeySecret(null));
    Outcome<Caller> found = clients.identities.findAccount(registered.getAccountId());
    assertThat(found.value().getName()).isEqualTo(registered.getName());
    assertThat(clients.identities.findAccount(-1L).code()).isEqualTo(CommonErrors.ACCOUNT_NOT_FOUND);
  }

  @Test
  void registeringTwiceReturnsTheSameAccountAndChangesNothing() throws Exception {
    String suffix = unique();
    RegisterAccountRequest first = aCustomer(suffix);
    Caller registered = register(first);

    RegisterAccountRequest again = aCustomer(suffix)
        .setName("Another name")
        .setPassword("another-password")
        .setAccessKeyId("LTAI5tOther" + suffix + "k")
        .setAccessKeySecret("another-secret-0123456789");
    Caller second = register(again);

    assertThat(second.getAccountId()).isEqualTo(registered.getAccountId());
    assertThat(second.getName()).isEqualTo(first.getName());
    assertThat(clients.identities.login(first.getLoginName(), first.getPassword()).isOk()).isTrue();
    assertThat(clients.identities.login(first.getLoginName(), "another-password").code()).isEqualTo(IdentityErrors.LOGIN_FAILED);
    assertThat(clients.identities.authenticate(signedBy(first)).isOk()).isTrue();
    assertThat(clients.identities.authenticate(signedBy(again)).code()).isEqualTo(IdentityErrors.ACCESS_KEY_NOT_FOUND);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE login_name = ?", Long.class, first.getLoginName()))
        .isEqualTo(1);
  }

  @Test
  void concurrentRegistrationsOfOneLoginNameMakeOneAccount() throws Exception {
    String suffix = unique();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Outcome<Caller>>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(() -> clients.identities.registerAccount(aCustomer(suffix))));
      }
      Long accountId = null;
      for (Future<Outcome<Caller>> f : results) {
        Outcome<Caller> o = f.get();
        assertThat(o.isOk()).as(o.toString()).isTrue();
        if (accountId == null) {
          accountId = o.value().getAccountId();
        }
        assertThat(o.value().getAccountId()).isEqualTo(accountId);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE login_name = ?", Long.class,
        aCustomer(suffix).getLoginName())).isEqualTo(1);
  }

  @Test
  void aLoginNameWithOtherDetailsIsTaken() {
    String suffix = unique();
    Caller registered = register(aCustomer(suffix));
    Outcome<Caller> otherIdentity = clients.identities.registerAccount(aCustomer(suffix).setIdentity(Identities.RESELLER));
    Outcome<Caller> otherId = clients.identities.registerAccount(aCustomer(suffix).setAccountId(registered.getAccountId() + 1));
    assertThat(otherIdentity.code()).isEqualTo(IdentityErrors.LOGIN_NAME_TAKEN);
    assertThat(otherId.code()).isEqualTo(IdentityErrors.LOGIN_NAME_TAKEN);
    assertThat(clients.identities.registerAccount(aCustomer(suffix).setAccountId(registered.getAccountId())).isOk()).isTrue();
  }

  @Test
  void anAccessKeyOfAnotherAccountIsTaken() {
    RegisterAccountRequest owner = aCustomer(unique());
    register(owner);
    RegisterAccountRequest thief = aCustomer(unique()).setAccessKeyId(owner.getAccessKeyId());
    Outcome<Caller> o = clients.identities.registerAccount(thief);
    assertThat(o.code()).isEqualTo(IdentityErrors.ACCESS_KEY_TAKEN);
    assertThat(clients.identities.login(thief.getLoginName(), thief.getPassword()).code()).isEqualTo(IdentityErrors.LOGIN_FAILED);
  }

  @Test
  void usesTheGivenAccountId() {
    long accountId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    Caller c = register(aCustomer(unique()).setAccountId(accountId));
    assertThat(c.getAccountId()).isEqualTo(accountId);
    Outcome<Caller> sameId = clients.identities.registerAccount(aCustomer(unique()).setAccountId(accountId));
    assertThat(sameId.code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(sameId.message()).contains("accountId");
  }

  @Test
  void aResellerCustomerNeedsAnExistingReseller() {
    Caller reseller = register(aCustomer(unique()).setIdentity(Identities.RESELLER));
    Caller customer = register(aCustomer(unique()).setAccessKeyId(null).setAccessKeySecret(null));

    Outcome<Caller> ofReseller = clients.identities.registerAccount(
        aCustomer(unique()).setIdentity(Identities.RESELLER_CUSTOMER).setResellerId(reseller.getAccountId()));
    assertThat(ofReseller.isOk()).as(ofReseller.toString()).isTrue();
    assertThat(ofReseller.value().getResellerId()).isEqualTo(reseller.getAccountId());

    Outcome<Caller> noReseller = clients.identities.registerAccount(
        aCustomer(unique()).setIdentity(Identities.RESELLER_CUSTOMER));
    Outcome<Caller> unknownReseller = clients.identities.registerAccount(
        aCustomer(unique()).setIdentity(Identities.RESELLER_CUSTOMER).setResellerId(-5L));
    Outcome<Caller> notAReseller = clients.identities.registerAccount(
        aCustomer(unique()).setIdentity(Identities.RESELLER_CUSTOMER).setResellerId(customer.getAccountId()));
    for (Outcome<Caller> o : List.of(noReseller, unknownReseller, notAReseller)) {
      assertThat(o.code()).as(o.toString()).isEqualTo(CommonErrors.INVALID_PARAMETER);
      assertThat(o.message()).contains("resellerId");
    }
  }

  @Test
  void rejectsInvalidParametersNamingTheField() {
    Outcome<Caller> o = clients.identities.registerAccount(aCustomer(unique()).setPassword("short"));
    assertThat(o.code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(o.message()).contains("password");
  }

  @Test
  void aFrozenAccountCanNeitherLogInNorCall() throws Exception {
    RegisterAccountRequest r = aCustomer(unique());
    Caller registered = register(r);
    assertThat(clients.identities.authenticate(signedBy(r)).isOk()).isTrue(); // its key is now cached

    jdbc.update("UPDATE account SET status = 'FROZEN' WHERE account_id = ?", registered.getAccountId());

    assertThat(clients.identities.authenticate(signedBy(r)).code()).isEqualTo(IdentityErrors.ACCOUNT_FROZEN);
    assertThat(clients.identities.login(r.getLoginName(), r.getPassword()).code()).isEqualTo(IdentityErrors.ACCOUNT_FROZEN);
    assertThat(clients.identities.login(r.getLoginName(), "wrong-password").code()).isEqualTo(IdentityErrors.LOGIN_FAILED);
    SignatureCheck wrong = signedBy(r).setSignature(hmacHex("another-secret-0123456789", STRING_TO_SIGN));
    assertThat(clients.identities.authenticate(wrong).code()).isEqualTo(IdentityErrors.SIGNATURE_MISMATCH);
    assertThat(clients.identities.findAccount(registered.getAccountId()).value().getStatus()).isEqualTo("FROZEN");
  }
}
