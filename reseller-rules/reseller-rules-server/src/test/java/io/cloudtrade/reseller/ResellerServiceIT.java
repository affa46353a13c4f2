package io.cloudtrade.reseller;

import static io.cloudtrade.reseller.ResellerFixtures.FORBIDDEN_PRODUCT;
import static io.cloudtrade.reseller.ResellerFixtures.aCustomer;
import static io.cloudtrade.reseller.ResellerFixtures.aReseller;
import static io.cloudtrade.reseller.ResellerFixtures.anAccount;
import static io.cloudtrade.reseller.ResellerFixtures.anOrder;
import static io.cloudtrade.reseller.ResellerFixtures.any;
import static io.cloudtrade.reseller.ResellerFixtures.cny;
import static io.cloudtrade.reseller.ResellerFixtures.listOf;
import static io.cloudtrade.reseller.ResellerFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.BusinessModelView;
import io.cloudtrade.reseller.api.BusinessModels;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.CreditRequest;
import io.cloudtrade.reseller.api.CustomerStatusRequest;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.IdentityErrors;
import io.cloudtrade.reseller.api.IdentityService;
import io.cloudtrade.reseller.api.OnboardResellerRequest;
import io.cloudtrade.reseller.api.OrderPlan;
import io.cloudtrade.reseller.api.OrderSteps;
import io.cloudtrade.reseller.api.QuotaRequest;
import io.cloudtrade.reseller.api.RegisterAccountRequest;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.api.ResellerService;
import io.cloudtrade.reseller.api.ResellerView;
import io.cloudtrade.reseller.api.RuleRow;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import io.cloudtrade.reseller.api.RuleSetView;
import io.cloudtrade.reseller.api.SignatureCheck;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Resellers against a real MariaDB and ZooKeeper, called over Dubbo: business models, onboarding,
 * rule versions, order plans, customers' isolation, quotas, the credit ledger and freezes.
 */
@SpringBootTest(classes = {ResellerRulesServerApplication.class, ResellerServiceIT.Clients.class},
    properties = "spring.config.name=" + ResellerRulesServerApplication.CONFIG_NAME)
class ResellerServiceIT {
  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    SharedInfrastructure.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  /** Dubbo consumers of the server's own exports: every call goes through ZooKeeper and TCP. */
  @TestConfiguration
  @Component
  static class Clients {
    @DubboReference ResellerService resellers;
    @DubboReference IdentityService identities;
  }

  @Autowired Clients clients;
  @Autowired JdbcTemplate jdbc;

  ResellerService resellers() {
    return clients.resellers;
  }

  static <T extends Serializable> T ok(Outcome<T> o) {
    assertThat(o.isOk()).as(o.toString() + " " + o.details()).isTrue();
    return o.value();
  }

  @BeforeEach
  void defineTheBusinessModels() {
    for (BusinessModelDefinition model : List.of(ResellerFixtures.resale(), ResellerFixtures.referral(),
        ResellerFixtures.whiteLabel())) {
      ok(resellers().defineBusinessModel(model));
    }
  }

  ResellerView onboard(String suffix, RuleSetDefinition rules) {
    return ok(resellers().onboardReseller(new OnboardResellerRequest().setAccount(aReseller(suffix)).setRules(rules)));
  }

  Caller customerOf(long resellerId, String suffix) {
    return ok(resellers().registerCustomer(resellerId, aCustomer(suffix)));
  }

  boolean setStatus(long resellerId, long customerId, String businessType, String status) {
    return ok(resellers().setCustomerStatus(new CustomerStatusRequest()
        .setResellerId(resellerId).setCustomerId(customerId).setBusinessType(businessType).setStatus(status)));
  }

  // ---------------------------------------------------------------- business models

  @Test
  void businessModelsAreDefinedOnceAndNeverChange() {
    BusinessModelView resale = ok(resellers().defineBusinessModel(ResellerFixtures.resale()));
    assertThat(resale.getDefinition().getSteps()).containsExactly(OrderSteps.PRICE_ADJUSTMENT, OrderSteps.CREDIT_CHECK,
        OrderSteps.APPROVAL, OrderSteps.NOTIFY_RESELLER);
    assertThat(resale.getDefinedAt()).isNotNull();

    Outcome<BusinessModelView> otherwise = resellers().defineBusinessModel(ResellerFixtures.resale()
        .setPayer(BusinessModels.CUSTOMER));
    assertThat(otherwise.code()).isEqualTo(ResellerErrors.BUSINESS_MODEL_EXISTS);

    Outcome<BusinessModelView> invalid = resellers().defineBusinessModel(new BusinessModelDefinition()
        .setCode("broken-" + unique()).setName("Broken").setPayer("NOBODY").setCustomerPrice(BusinessModels.LIST)
        .setEarning("EVERYTHING").setBrand(BusinessModels.CLOUDTRADE).setSteps(listOf("TELEPORT")));
    assertThat(invalid.code()).isEqualTo(ResellerErrors.INVALID_BUSINESS_MODEL);
    assertThat(invalid.details()).hasSizeGreaterThanOrEqualTo(3);

    List<String> codes = ok(resellers().listBusinessModels()).stream().map(m -> m.getDefinition().getCode()).toList();
    assertThat(codes).contains(ResellerFixtures.RESALE, ResellerFixtures.REFERRAL, ResellerFixtures.WHITE_LABEL)
        .isSorted();
  }

  // ---------------------------------------------------------------- onboarding and rule versions

  @Test
  void onboardsAResellerWithItsFirstRulesAndRepeatsIdempotently() {
    String suffix = unique();
    ResellerView reseller = onboard(suffix, ResellerFixtures.resaleRules("10"));

    assertThat(reseller.getStatus()).isEqualTo("ACTIVE");
    assertThat(reseller.getName()).isEqualTo("reseller " + suffix);
    RuleSetView rules = reseller.getRules();
    assertThat(rules.getVersion()).isEqualTo(1);
    assertThat(rules.getRuleVersion()).isEqualTo(reseller.getResellerId() + "/v1");
    assertThat(rules.getChecksum()).hasSize(64);
    assertThat(rules.getDefinition().getWebhookSecret()).isNull();
    assertThat(rules.getDefinition().getWebhookUrl()).isEqualTo("https://reseller.example.com/cloudtrade-events");
    byte[] sealed = jdbc.queryForObject("SELECT webhook_secret_ciphertext FROM rule_set WHERE reseller_id = ? AND version = 1",
        byte[].class, reseller.getResellerId());
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("whsec-0123456789abcdef");
    assertThat(ok(clients.identities.findAccount(reseller.getResellerId())).getIdentity()).isEqualTo(Identities.RESELLER);

    ResellerView again = onboard(suffix, ResellerFixtures.resaleRules("10"));
    assertThat(again.getResellerId()).isEqualTo(reseller.getResellerId());
    assertThat(again.getRules().getVersion()).isEqualTo(1);
    assertThat(again.getRules().getChecksum()).isEqualTo(rules.getChecksum());

    ResellerView described = ok(resellers().getReseller(reseller.getResellerId()));
    assertThat(described.getRules().getRuleVersion()).isEqualTo(rules.getRuleVersion());
    assertThat(resellers().getReseller(-1L).code()).isEqualTo(ResellerErrors.RESELLER_NOT_FOUND);
  }

  @Test
  void aBadRuleSetIsRefusedWithEveryProblemAndLeavesNoAccount() {
    String suffix = unique();
    RuleSetDefinition bad = ResellerFixtures.resaleRules("10")
        .setProducts(listOf(any("MAYBE")))
        .setApproval(listOf(new RuleRow().setProduct("*").setWhen("java.lang.Runtime.getRuntime().exec(\"id\")")
            .setValue(BusinessModels.REQUIRED)));

    Outcome<ResellerView> refused = resellers().onboardReseller(
        new OnboardResellerRequest().setAccount(aReseller(suffix)).setRules(bad));

    assertThat(refused.code()).isEqualTo(ResellerErrors.INVALID_RULES);
    assertThat(refused.details()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(refused.details()).anyMatch(d -> d.startsWith("products[0].value") && d.contains("MAYBE"))
        .anyMatch(d -> d.startsWith("approval[0].when"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE login_name = ?", Long.class,
        aReseller(suffix).getLoginName())).isZero();
    assertThat(clients.identities.login(aReseller(suffix).getLoginName(), aReseller(suffix).getPassword()).code())
        .isEqualTo(IdentityErrors.LOGIN_FAILED);

    Outcome<ResellerView> unknownModel = resellers().onboardReseller(new OnboardResellerRequest()
        .setAccount(aReseller(suffix)).setRules(ResellerFixtures.resaleRules("10").setBusinessModel("no-such-model")));
    assertThat(unknownModel.code()).isEqualTo(ResellerErrors.BUSINESS_MODEL_NOT_FOUND);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE login_name = ?", Long.class,
        aReseller(suffix).getLoginName())).isZero();
  }

  @Test
  void publishingANewVersionMovesThePlansToIt() {
    ResellerView reseller = onboard(unique(), ResellerFixtures.resaleRules("10"));
    long resellerId = reseller.getResellerId();
    Caller customer = customerOf(resellerId, unique());

    OrderPlan underV1 = ok(resellers().planOrder(anOrder(customer.getAccountId(), "ecs", "100.00")));
    assertThat(underV1.getRuleVersion()).isEqualTo(resellerId + "/v1");
    assertThat(underV1.getCustomerPrice()).isEqualTo(cny("110.00"));

    RuleSetView v2 = ok(resellers().publishRules(resellerId, ResellerFixtures.resaleRules("25")));
    assertThat(v2.getVersion()).isEqualTo(2);
    assertThat(v2.getRuleVersion()).isEqualTo(resellerId + "/v2");

    OrderPlan underV2 = ok(resellers().planOrder(anOrder(customer.getAccountId(), "ecs", "100.00")));
    assertThat(underV2.getRuleVersion()).isEqualTo(resellerId + "/v2");
    assertThat(underV2.getCustomerPrice()).isEqualTo(cny("125.00"));

    RuleSetView same = ok(resellers().publishRules(resellerId, ResellerFixtures.resaleRules("25")));
    assertThat(same.getVersion()).isEqualTo(2);
    assertThat(same.getChecksum()).isEqualTo(v2.getChecksum());
    RuleSetView newSecret = ok(resellers().publishRules(resellerId,
        ResellerFixtures.resaleRules("25").setWebhookSecret("whsec-another-secret-0123")));
    assertThat(newSecret.getVersion()).isEqualTo(3);
    assertThat(newSecret.getChecksum()).isEqualTo(v2.getChecksum());
    assertThat(ok(resellers().getReseller(resellerId)).getRules().getVersion()).isEqualTo(3);

    Outcome<RuleSetView> invalid = resellers().publishRules(resellerId,
        ResellerFixtures.resaleRules("25").setCurrency("yuan"));
    assertThat(invalid.code()).isEqualTo(ResellerErrors.INVALID_RULES);
    assertThat(resellers().publishRules(-1L, ResellerFixtures.resaleRules("25")).code())
        .isEqualTo(ResellerErrors.RESELLER_NOT_FOUND);
    assertThat(ok(resellers().getReseller(resellerId)).getRules().getVersion()).isEqualTo(3);
  }

  @Test
  void concurrentPublishersNeverShareAVersion() throws Exception {
    long resellerId = onboard(unique(), ResellerFixtures.resaleRules("10")).getResellerId();
    List<Outcome<RuleSetView>> results = concurrently(6, i ->
        resellers().publishRules(resellerId, ResellerFixtures.resaleRules(Integer.toString(30 + i))));

    Set<Integer> versions = new HashSet<>();
    for (Outcome<RuleSetView> o : results) {
      if (o.isOk()) {
        assertThat(versions.add(o.value().getVersion())).as("version %s published twice", o.value().getVersion()).isTrue();
      } else {
        assertThat(o.code()).isEqualTo(CommonErrors.CONCURRENT_REQUEST);
      }
    }
    assertThat(versions).isNotEmpty();
    int inForce = jdbc.queryForObject("SELECT current_version FROM reseller WHERE reseller_id = ?", Integer.class, resellerId);
    assertThat(inForce).isEqualTo(versions.stream().mapToInt(v -> v).max().orElseThrow());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rule_set WHERE reseller_id = ?", Integer.class, resellerId))
        .isEqualTo(1 + versions.size());
  }

  // ---------------------------------------------------------------- order plans

  @Test
  void plansAResaleCustomersOrderAsTheModelSays() {
    ResellerView reseller = onboard(unique(), ResellerFixtures.resaleRules("10"));
    Caller customer = customerOf(reseller.getResellerId(), unique());

    OrderPlan plan = ok(resellers().planOrder(anOrder(customer.getAccountId(), "ecs", "100.00")));

    assertThat(plan.getBusinessModel()).isEqualTo(ResellerFixtures.RESALE);
    assertThat(plan.getResellerId()).isEqualTo(reseller.getResellerId());
    assertThat(plan.getPayerAccountId()).isEqualTo(reseller.getResellerId());
    assertThat(plan.getChargeAmount()).isEqualTo(cny("80.00"));
    assertThat(plan.getCustomerPrice()).isEqualTo(cny("110.00"));
    assertThat(plan.getResellerEarning()).isEqualTo(cny("0.00"));
    assertThat(plan.getSteps()).doesNotContain(OrderSteps.APPROVAL).isSubsetOf(ResellerFixtures.resale().getSteps());
    assertThat(plan.getExplanation()).isNotEmpty();

    OrderPlan large = ok(resellers().planOrder(anOrder(customer.getAccountId(), "ecs", "1500.00")));
    assertThat(large.getSteps()).contains(OrderSteps.APPROVAL);

    assertThat(resellers().planOrder(anOrder(customer.getAccountId(), FORBIDDEN_PRODUCT, "100.00")).code())
        .isEqualTo(ResellerErrors.PRODUCT_NOT_ALLOWED);
  }

  @Test
  void plansReferralAndWhiteLabelCustomersOrders() {
    ResellerView referrer = onboard(unique(), ResellerFixtures.referralRules());
    Caller referred = customerOf(referrer.getResellerId(), unique());
    OrderPlan referral = ok(resellers().planOrder(anOrder(referred.getAccountId(), "ecs", "100.00")));
    assertThat(referral.getRuleVersion()).isEqualTo(referrer.getResellerId() + "/v1");
    assertThat(referral.getPayerAccountId()).isEqualTo(referred.getAccountId());
    assertThat(referral.getChargeAmount()).isEqualTo(cny("100.00"));
    assertThat(referral.getCustomerPrice()).isEqualTo(cny("100.00"));
    assertThat(referral.getResellerEarning()).isEqualTo(cny("15.00"));

    String suffix = unique();
    ResellerView whiteLabel = onboard(suffix, ResellerFixtures.whiteLabelRules());
    Caller branded = customerOf(whiteLabel.getResellerId(), unique());
    OrderPlan plan = ok(resellers().planOrder(anOrder(branded.getAccountId(), "ecs", "100.00")));
    assertThat(plan.getBusinessModel()).isEqualTo(ResellerFixtures.WHITE_LABEL);
    assertThat(plan.getSeller()).isEqualTo("reseller " + suffix);
    assertThat(plan.getPayerAccountId()).isEqualTo(branded.getAccountId());
    assertThat(plan.getChargeAmount()).isEqualTo(cny("110.00"));
    assertThat(plan.getCustomerPrice()).isEqualTo(cny("110.00"));
    assertThat(plan.getResellerEarning()).isEqualTo(cny("30.00"));
  }

  @Test
  void aDirectCustomerGetsTheDirectPlan() {
    Caller direct = ok(clients.identities.registerAccount(anAccount("direct", unique(), Identities.CUSTOMER)));
    OrderPlan plan = ok(resellers().planOrder(anOrder(direct.getAccountId(), "ecs", "100.00")));
    assertThat(plan.getRuleVersion()).isEqualTo(BusinessModels.DIRECT);
    assertThat(plan.getResellerId()).isNull();
    assertThat(plan.getBusinessModel()).isNull();
    assertThat(plan.getPayerAccountId()).isEqualTo(direct.getAccountId());
    assertThat(plan.getChargeAmount()).isEqualTo(cny("100.00"));
    assertThat(plan.getSteps()).isEmpty();

    assertThat(resellers().planOrder(anOrder(-7L, "ecs", "100.00")).code()).isEqualTo(CommonErrors.ACCOUNT_NOT_FOUND);
  }

  @Test
  void aFrozenCustomerGetsNoPlanAndCannotSignInUntilThawed() throws Exception {
    ResellerView reseller = onboard(unique(), ResellerFixtures.resaleRules("10"));
    long resellerId = reseller.getResellerId();
    String suffix = unique();
    RegisterAccountRequest account = aCustomer(suffix);
    Caller customer = customerOf(resellerId, suffix);
    assertThat(ok(clients.identities.authenticate(signedBy(account))).getAccountId()).isEqualTo(customer.getAccountId());

    assertThat(setStatus(resellerId, customer.getAccountId(), "FREEZE", "Freeze")).isTrue();
    assertThat(setStatus(resellerId, customer.getAccountId(), "FREEZE", "Freeze")).isTrue(); // already frozen

    assertThat(resellers().planOrder(anOrder(customer.getAccountId(), "ecs", "100.00")).code())
        .isEqualTo(IdentityErrors.ACCOUNT_FROZEN);
    assertThat(clients.identities.authenticate(signedBy(account)).code()).isEqualTo(IdentityErrors.ACCOUNT_FROZEN);
    assertThat(clients.identities.login(account.getLoginName(), account.getPassword()).code())
        .isEqualTo(IdentityErrors.ACCOUNT_FROZEN);
    assertThat(ok(resellers().customerOf(resellerId, customer.getAccountId())).getStatus()).isEqualTo("FROZEN");

    assertThat(setStatus(resellerId, customer.getAccountId(), "FREEZE", "Thaw")).isTrue();
    assertThat(resellers().planOrder(anOrder(customer.getAccountId(), "ecs", "100.00")).isOk()).isTrue();
    assertThat(clients.identities.authenticate(signedBy(account)).isOk()).isTrue();

    jdbc.update("UPDATE account SET status = 'FROZEN' WHERE account_id = ?", resellerId);
    assertThat(resellers().planOrder(anOrder(customer.getAccountId(), "ecs", "100.00")).code())
        .isEqualTo(IdentityErrors.ACCOUNT_FROZEN);
  }

  @Test
  void trusteeshipIsRecordedAndOtherStatusesAreRefused() {
    long resellerId = onboard(unique(), ResellerFixtures.resaleRules("10")).getResellerId();
    long customerId = customerOf(resellerId, unique()).getAccountId();

    assertThat(setStatus(resellerId, customerId, "TRUSTEESHIP", "Trusteeship")).isTrue();
    assertThat(jdbc.queryForObject("SELECT trusteeship FROM customer_credit WHERE customer_id = ?", Boolean.class, customerId))
        .isTrue();
    assertThat(setStatus(resellerId, customerId, "TRUSTEESHIP", "TrusteeshipCancel")).isTrue();
    assertThat(jdbc.queryForObject("SELECT trusteeship FROM customer_credit WHERE customer_id = ?", Boolean.class, customerId))
        .isFalse();

    for (String[] wrong : new String[][] {{"FREEZE", "Trusteeship"}, {"TRUSTEESHIP", "Freeze"}, {"DELETE", "Freeze"},
        {null, null}}) {
      Outcome<Boolean> o = resellers().setCustomerStatus(new CustomerStatusRequest().setResellerId(resellerId)
          .setCustomerId(customerId).setBusinessType(wrong[0]).setStatus(wrong[1]));
      assertThat(o.code()).as(String.join("/", String.valueOf(wrong[0]), String.valueOf(wrong[1])))
          .isEqualTo(CommonErrors.INVALID_PARAMETER);
    }
  }

  // ---------------------------------------------------------------- customers' isolation

  @Test
  void aResellerSeesOnlyItsOwnCustomers() {
    long a = onboard(unique(), ResellerFixtures.resaleRules("10")).getResellerId();
    long b = onboard(unique(), ResellerFixtures.referralRules()).getResellerId();
    Caller ofA = customerOf(a, unique());
    Caller ofB = customerOf(b, unique());
    Caller direct = ok(clients.identities.registerAccount(anAccount("direct", unique(), Identities.CUSTOMER)));

    assertThat(ofA.getIdentity()).isEqualTo(Identities.RESELLER_CUSTOMER);
    assertThat(ofA.getResellerId()).isEqualTo(a);
    assertThat(ok(resellers().customerOf(a, ofA.getAccountId())).getAccountId()).isEqualTo(ofA.getAccountId());
    assertThat(ok(resellers().customerIds(a))).containsExactly(ofA.getAccountId());
    assertThat(ok(resellers().customerIds(b))).containsExactly(ofB.getAccountId());
    assertThat(ok(resellers().getReseller(a)).getCustomerCount()).isEqualTo(1);

    Outcome<Caller> othersCustomer = resellers().customerOf(a, ofB.getAccountId());
    Outcome<Caller> directCustomer = resellers().customerOf(a, direct.getAccountId());
    Outcome<Caller> nobody = resellers().customerOf(a, -3L);
    Outcome<Caller> notAReseller = resellers().customerOf(direct.getAccountId(), ofA.getAccountId());
    for (Outcome<Caller> o : List.of(othersCustomer, directCustomer, nobody, notAReseller)) {
      assertThat(o.code()).as(o.toString()).isEqualTo(ResellerErrors.NOT_YOUR_CUSTOMER);
    }
    assertThat(resellers().customerIds(direct.getAccountId()).code()).isEqualTo(ResellerErrors.NOT_A_RESELLER);
    assertThat(resellers().customerIds(ofA.getAccountId()).code()).isEqualTo(ResellerErrors.NOT_A_RESELLER);

    assertThat(resellers().setCustomerQuota(new QuotaRequest().setResellerId(a).setCustomerId(ofB.getAccountId())
        .setQuota(cny("10.00")).setOutBizId("q-" + unique())).code()).isEqualTo(ResellerErrors.NOT_YOUR_CUSTOMER);
    assertThat(resellers().availableQuota(a, ofB.getAccountId()).code()).isEqualTo(ResellerErrors.NOT_YOUR_CUSTOMER);
    assertThat(resellers().setCustomerStatus(new CustomerStatusRequest().setResellerId(a)
        .setCustomerId(ofB.getAccountId()).setBusinessType("FREEZE").setStatus("Freeze")).code())
        .isEqualTo(ResellerErrors.NOT_YOUR_CUSTOMER);
    assertThat(ok(clients.identities.findAccount(ofB.getAccountId())).getStatus()).isEqualTo("ACTIVE");
    assertThat(resellers().registerCustomer(direct.getAccountId(), aCustomer(unique())).code())
        .isEqualTo(ResellerErrors.RESELLER_NOT_FOUND);
  }

  // ---------------------------------------------------------------- quotas

  @Test
  void quotasAreSetIdempotentlyByOutBizId() {
    long resellerId = onboard(unique(), ResellerFixtures.resaleRules("10")).getResellerId();
    long customerId = customerOf(resellerId, unique()).getAccountId();
    assertThat(ok(resellers().availableQuota(resellerId, customerId))).isEqualTo(cny("1000.00")); // the rules' default

    String outBizId = "quota-" + unique();
    QuotaRequest set500 = new QuotaRequest().setResellerId(resellerId).setCustomerId(customerId)
        .setQuota(cny("500.00")).setOutBizId(outBizId);
    assertThat(ok(resellers().setCustomerQuota(set500))).isTrue();
    assertThat(ok(resellers().availableQuota(resellerId, customerId))).isEqualTo(cny("500.00"));

    assertThat(ok(resellers().setCustomerQuota(new QuotaRequest().setResellerId(resellerId).setCustomerId(customerId)
        .setQuota(cny("700.00")).setOutBizId("quota-" + unique())))).isTrue();
    assertThat(ok(resellers().setCustomerQuota(set500))).isTrue(); // a repeat: changes nothing
    assertThat(ok(resellers().availableQuota(resellerId, customerId))).isEqualTo(cny("700.00"));

    Outcome<Boolean> mismatch = resellers().setCustomerQuota(new QuotaRequest().setResellerId(resellerId)
        .setCustomerId(customerId).setQuota(cny("600.00")).setOutBizId(outBizId));
    assertThat(mismatch.code()).isEqualTo(ResellerErrors.IDEMPOTENT_PARAMETER_MISMATCH);
    Outcome<Boolean> negative = resellers().setCustomerQuota(new QuotaRequest().setResellerId(resellerId)
        .setCustomerId(customerId).setQuota(cny("-1.00")).setOutBizId("quota-" + unique()));
    assertThat(negative.code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    Outcome<Boolean> dollars = resellers().setCustomerQuota(new QuotaRequest().setResellerId(resellerId)
        .setCustomerId(customerId).setQuota(Money.of("10.00", "USD")).setOutBizId("quota-" + unique()));
    assertThat(dollars.code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(ok(resellers().availableQuota(resellerId, customerId))).isEqualTo(cny("700.00"));
  }

  @Test
  void aCustomerWithoutAnyLimitHasNoAvailableQuotaAndAlwaysReserves() {
    long resellerId = onboard(unique(), ResellerFixtures.referralRules()).getResellerId();
    long customerId = customerOf(resellerId, unique()).getAccountId();
    assertThat(ok(resellers().availableQuota(resellerId, customerId))).isNull();
    assertThat(ok(resellers().reserveCredit(reservation(customerId, "order-" + unique(), "1000000.00")))).isTrue();
  }

  // ---------------------------------------------------------------- the credit ledger

  static CreditRequest reservation(long customerId, String reference, String amount) {
    return new CreditRequest().setCustomerId(customerId).setReference(reference).setAmount(cny(amount));
  }

  static CreditRequest release(long customerId, String reference, String release, String amount) {
    return reservation(customerId, reference, amount).setRelease(release);
  }

  long usedMinor(long customerId) {
    return jdbc.queryForObject("SELECT used_minor FROM customer_credit WHERE customer_id = ?", Long.class, customerId);
  }

  @Test
  void concurrentReservationsNeverOverdrawTheQuota() throws Exception {
    long resellerId = onboard(unique(), ResellerFixtures.resaleRules("10")).getResellerId();
    long customerId = customerOf(resellerId, unique()).getAccountId();
    ok(resellers().setCustomerQuota(new QuotaRequest().setResellerId(resellerId).setCustomerId(customerId)
        .setQuota(cny("50.00")).setOutBizId("quota-" + unique())));
    String prefix = "order-" + unique() + "-";

    List<Outcome<Boolean>> results = concurrently(20, i -> resellers().reserveCredit(reservation(customerId, prefix + i, "10.00")));

    List<Integer> succeeded = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      Outcome<Boolean> o = results.get(i);
      if (o.isOk()) {
        succeeded.add(i);
      } else {
        assertThat(o.code()).isEqualTo(ResellerErrors.QUOTA_EXCEEDED);
      }
    }
    assertThat(succeeded).hasSize(5);
    assertThat(usedMinor(customerId)).isEqualTo(5 * 1000);
    assertThat(ok(resellers().availableQuota(resellerId, customerId))).isEqualTo(cny("0.00"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_entry WHERE customer_id = ?", Integer.class, customerId))
        .isEqualTo(5);

    // a repeat of a successful reservation changes nothing and answers as the first time
    assertThat(ok(resellers().reserveCredit(reservation(customerId, prefix + succeeded.get(0), "10.00")))).isTrue();
    assertThat(usedMinor(customerId)).isEqualTo(5 * 1000);
    assertThat(resellers().reserveCredit(reservation(customerId, prefix + "late", "0.01")).code())
        .isEqualTo(ResellerErrors.QUOTA_EXCEEDED);
  }

  @Test
  void releasesAreCappedAndCountedOnce() {
    long resellerId = onboard(unique(), ResellerFixtures.resaleRules("10")).getResellerId();
    long customerId = customerOf(resellerId, unique()).getAccountId();
    String reference = "order-" + unique();
    assertThat(ok(resellers().reserveCredit(reservation(customerId, reference, "30.00")))).isTrue();
    assertThat(usedMinor(customerId)).isEqualTo(3000);
    assertThat(ok(resellers().availableQuota(resellerId, customerId))).isEqualTo(cny("970.00"));

    assertThat(ok(resellers().releaseCredit(release(customerId, reference, "cancelled", "20.00")))).isTrue();
    assertThat(usedMinor(customerId)).isEqualTo(1000);
    assertThat(ok(resellers().releaseCredit(release(customerId, reference, "cancelled", "20.00")))).isTrue();
    assertThat(usedMinor(customerId)).isEqualTo(1000); // counted once

    assertThat(ok(resellers().releaseCredit(release(customerId, reference, "refund", "20.00")))).isTrue();
    assertThat(usedMinor(customerId)).isZero(); // capped at the 10.00 still held
    assertThat(ok(resellers().releaseCredit(release(customerId, reference, "refund-2", "5.00")))).isTrue();
    assertThat(usedMinor(customerId)).isZero();
    assertThat(jdbc.queryForObject("SELECT SUM(amount_minor) FROM credit_entry WHERE reference = ?", Long.class, reference))
        .isZero();

    assertThat(ok(resellers().releaseCredit(release(customerId, "never-" + unique(), "cancelled", "5.00")))).isTrue();
    assertThat(usedMinor(customerId)).isZero();
    assertThat(ok(resellers().availableQuota(resellerId, customerId))).isEqualTo(cny("1000.00"));
  }

  @Test
  void creditRequestsAreChecked() {
    long resellerId = onboard(unique(), ResellerFixtures.resaleRules("10")).getResellerId();
    long customerId = customerOf(resellerId, unique()).getAccountId();
    Caller direct = ok(clients.identities.registerAccount(anAccount("direct", unique(), Identities.CUSTOMER)));

    assertThat(resellers().reserveCredit(reservation(customerId, "order-" + unique(), "0.00")).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(resellers().reserveCredit(reservation(customerId, "", "1.00")).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(resellers().reserveCredit(reservation(customerId, "order-" + unique(), "1.00")
        .setAmount(Money.of("1.00", "USD"))).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(resellers().reserveCredit(reservation(direct.getAccountId(), "order-" + unique(), "1.00")).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(resellers().reserveCredit(reservation(-9L, "order-" + unique(), "1.00")).code())
        .isEqualTo(CommonErrors.ACCOUNT_NOT_FOUND);
    assertThat(resellers().releaseCredit(reservation(customerId, "order-" + unique(), "1.00")).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER); // no release key
  }

  // ---------------------------------------------------------------- helpers

  interface Call<T> {
    T call(int i) throws Exception;
  }

  /** Runs {@code n} calls at once (released together) and returns their results in order. */
  static <T> List<T> concurrently(int n, Call<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        Callable<T> task = () -> {
          start.await();
          return call.call(index);
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  static SignatureCheck signedBy(RegisterAccountRequest r) throws Exception {
    return new SignatureCheck()
        .setAccessKeyId(r.getAccessKeyId())
        .setAlgorithm(ResellerRulesServerIT.ALGORITHM)
        .setStringToSign(ResellerRulesServerIT.STRING_TO_SIGN)
        .setSignature(ResellerRulesServerIT.hmacHex(r.getAccessKeySecret(), ResellerRulesServerIT.STRING_TO_SIGN));
  }
}
