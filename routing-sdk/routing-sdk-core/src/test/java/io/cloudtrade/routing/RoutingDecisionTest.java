package io.cloudtrade.routing;

import static io.cloudtrade.routing.ResidencyPolicy.NONE;
import static io.cloudtrade.routing.ResidencyPolicy.RESIDENT_ENCRYPTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoutingDecisionTest {
  private final RoutingRules rules = RulesFixture.sample();
  private final Router router = Router.of(rules);

  @Test
  void theFiveArgumentDecisionNamesNoFailoverCenterAndEqualsItsSixArgumentForm() {
    RoutingDecision five = new RoutingDecision("intl", "ap-southeast-1a", NONE, true, 1);
    assertThat(five.failoverTo()).isNull();
    assertThat(five).isEqualTo(new RoutingDecision("intl", "ap-southeast-1a", NONE, true, 1, null));
  }

  @Test
  void aDecisionThatMayFailOverNamesTheCenterItsRulesGive() {
    RoutingDecision singapore = router.decide(RoutingRequest.general("intl", "ap-southeast-1", "ecs", 1L));
    assertThat(singapore).isEqualTo(new RoutingDecision("intl", "ap-southeast-1a", NONE, true, 1, "cn"));
  }

  @Test
  void aDecisionThatMayNotFailOverNamesNoFailoverCenter() {
    RoutingDecision resident = router.decide(RoutingRequest.accountSensitive("jp", "cn-hangzhou", null, 1L));
    assertThat(resident.policy()).isEqualTo(RESIDENT_ENCRYPTED);
    assertThat(resident.failoverTo()).isNull();
    RoutingDecision china = router.decide(RoutingRequest.general("cn", "cn-hangzhou", null, 1L));
    assertThat(china.failoverTo()).isNull(); // cn has no failoverTo
  }

  @Test
  void aFailoverCenterMustBeAnotherCenterAndNeedsFailoverAllowed() {
    assertThatThrownBy(() -> new RoutingDecision("intl", "ap-southeast-1a", RESIDENT_ENCRYPTED, false, 1, "cn"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not allowed");
    assertThatThrownBy(() -> new RoutingDecision("intl", "ap-southeast-1a", NONE, true, 1, "intl"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not another center");
  }
}
