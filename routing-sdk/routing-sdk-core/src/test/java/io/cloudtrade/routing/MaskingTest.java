package io.cloudtrade.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {
  private final Router router = Router.of(RoutingRules.sample());

  @Test
  void emailsKeepTheirFirstCharacterAndDomain() {
    assertThat(Masking.maskEmail("taro.yamada@example.com")).isEqualTo("t***@example.com");
    assertThat(Masking.maskEmail("@example.com")).isEqualTo("***");
    assertThat(Masking.maskEmail("not-an-email")).isEqualTo("***");
    assertThat(Masking.maskEmail("taro@")).isEqualTo("***");
  }

  @Test
  void phonesKeepTheirCountryCodeAndLastFourDigits() {
    assertThat(Masking.maskPhone("+81-90-5555-1234")).isEqualTo("+81-***-***-1234");
    assertThat(Masking.maskPhone("+81 3 5555 1234")).isEqualTo("+81-***-***-1234");
    assertThat(Masking.maskPhone("090-5555-1234")).isEqualTo("***-***-1234");
    assertThat(Masking.maskPhone("+819055551234")).isEqualTo("***-***-1234");
    assertThat(Masking.maskPhone("12345")).isEqualTo("***");
  }

  @Test
  void namesKeepTheirFirstCharacter() {
    assertThat(Masking.maskName("Taro Yamada")).isEqualTo("T***");
    assertThat(Masking.maskName("山田太郎")).isEqualTo("山***");
    assertThat(Masking.maskName("𠮷野")).isEqualTo("𠮷***");
    assertThat(Masking.maskName("  ")).isEqualTo("***");
  }

  @Test
  void addressesAndOtherFieldsAreHiddenWhole() {
    assertThat(Masking.mask("address", "1-2-3 Shibuya, Tokyo")).isEqualTo("***");
    assertThat(Masking.mask("EMAIL", "taro@example.com")).isEqualTo("t***@example.com");
    assertThat(Masking.mask("passport", "TK1234567")).isEqualTo("***");
    assertThat(Masking.mask("name", null)).isNull();
    assertThat(Masking.mask("name", "")).isEmpty();
  }

  @Test
  void whetherToMaskDependsOnTheDecisionAndWhereTheValueAppears() {
    RoutingDecision resident = router.decide(RoutingRequest.accountSensitive("jp", "cn-hangzhou", null, 1));
    RoutingDecision general = router.decide(RoutingRequest.general("jp", "cn-hangzhou", null, 1));
    RoutingDecision otherSite = router.decide(RoutingRequest.general("cn", "cn-hangzhou", null, 1));

    assertThat(Masking.apply(resident, "intl", "email", "taro@example.com")).isEqualTo("taro@example.com");
    assertThat(Masking.apply(resident, "cn", "email", "taro@example.com")).isEqualTo("t***@example.com");
    assertThat(Masking.apply(general, "cn", "phone", "+81-90-5555-1234")).isEqualTo("+81-***-***-1234");
    assertThat(Masking.apply(general, "intl", "name", "Taro Yamada")).isEqualTo("T***");
    assertThat(Masking.apply(otherSite, "cn", "name", "Wang Wei")).isEqualTo("Wang Wei");
  }
}
