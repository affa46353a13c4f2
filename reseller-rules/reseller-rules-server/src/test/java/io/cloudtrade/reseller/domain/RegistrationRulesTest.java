package io.cloudtrade.reseller.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.reseller.api.RegisterAccountRequest;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {
  static RegisterAccountRequest aCustomer() {
    return new RegisterAccountRequest()
        .setName("Alice")
        .setLoginName("alice@example.com")
        .setPassword("password1")
        .setIdentity("CUSTOMER")
        .setAccessKeyId("LTAI5tAliceKey0001")
        .setAccessKeySecret("secret-0123456789");
  }

  static String violationOf(UnaryOperator<RegisterAccountRequest> change) {
    return RegistrationRules.firstViolation(change.apply(aCustomer())).orElse(null);
  }

  @Test
  void acceptsAValidRegistrationWithOrWithoutKey() {
    assertThat(violationOf(r -> r)).isNull();
    assertThat(violationOf(r -> r.setAccessKeyId(null).setAccessKeySecret(null))).isNull();
    assertThat(violationOf(r -> r.setIdentity("RESELLER_CUSTOMER").setResellerId(42L))).isNull();
  }

  @Test
  void namesTheFieldThatIsWrong() {
    assertThat(violationOf(r -> r.setName(" "))).startsWith("name");
    assertThat(violationOf(r -> r.setLoginName("al"))).startsWith("loginName");
    assertThat(violationOf(r -> r.setLoginName("a".repeat(65)))).startsWith("loginName");
    assertThat(violationOf(r -> r.setLoginName("alice smith"))).startsWith("loginName");
    assertThat(violationOf(r -> r.setPassword("1234567"))).startsWith("password");
    assertThat(violationOf(r -> r.setIdentity("ADMIN"))).startsWith("identity");
    assertThat(violationOf(r -> r.setIdentity("RESELLER_CUSTOMER"))).startsWith("resellerId");
    assertThat(violationOf(r -> r.setResellerId(42L))).startsWith("resellerId");
    assertThat(violationOf(r -> r.setAccessKeySecret(null))).contains("accessKeyId and accessKeySecret");
    assertThat(violationOf(r -> r.setAccessKeyId(null))).contains("accessKeyId and accessKeySecret");
    assertThat(violationOf(r -> r.setAccessKeyId("short-key"))).startsWith("accessKeyId");
    assertThat(violationOf(r -> r.setAccessKeyId("k".repeat(65)))).startsWith("accessKeyId");
    assertThat(violationOf(r -> r.setAccessKeySecret("fifteen-chars!!"))).startsWith("accessKeySecret");
    assertThat(violationOf(r -> r.setAccountId(0L))).startsWith("accountId");
  }
}
