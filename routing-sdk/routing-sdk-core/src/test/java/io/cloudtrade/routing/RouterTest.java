package io.cloudtrade.routing;

import static io.cloudtrade.routing.ResidencyPolicy.MASKED_OUTSIDE_RESIDENCY;
import static io.cloudtrade.routing.ResidencyPolicy.NONE;
import static io.cloudtrade.routing.ResidencyPolicy.RESIDENT_ENCRYPTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {
  private static final long ACCOUNT = 1_000_001L;

  private final Router router = Router.of(RulesFixture.sample());

  @Test
  void chinaRegionsGoToTheChinaCenterInTheirZone() {
    assertThat(router.decide(RoutingRequest.general("cn", "cn-hangzhou", "ecs", ACCOUNT)))
        .isEqualTo(new RoutingDecision("cn", "cn-hangzhou-b", NONE, false, 1));
    assertThat(router.decide(RoutingRequest.general("cn", "cn-beijing", "ecs", ACCOUNT)))
        .isEqualTo(new RoutingDecision("cn", "cn-beijing-a", NONE, false, 1));
    assertThat(router.decide(RoutingRequest.general("intl", "cn-shanghai", "rds", ACCOUNT)).center()).isEqualTo("cn");
  }

  @Test
  void singaporeAndTokyoGoToTheInternationalCenterWhichMayFailOver() {
    assertThat(router.decide(RoutingRequest.general("intl", "ap-southeast-1", "ecs", ACCOUNT)))
        .isEqualTo(new RoutingDecision("intl", "ap-southeast-1a", NONE, true, 1, "cn"));
    assertThat(router.decide(RoutingRequest.general("intl", "ap-northeast-1", "ecs", ACCOUNT)).center())
        .isEqualTo("intl");
  }

  @Test
  void accountSensitiveDataOfAJapanAccountStaysInTheInternationalCenterWhateverTheRegion() {
    RoutingDecision inChina = router.decide(RoutingRequest.accountSensitive("jp", "cn-hangzhou", "ecs", ACCOUNT));
    assertThat(inChina).isEqualTo(new RoutingDecision("intl", "ap-southeast-1a", RESIDENT_ENCRYPTED, false, 1));
    // even though the international center has a failover center
    assertThat(router.decide(RoutingRequest.accountSensitive("jp", "ap-northeast-1", null, ACCOUNT)))
        .isEqualTo(new RoutingDecision("intl", "ap-southeast-1a", RESIDENT_ENCRYPTED, false, 1));
    assertThat(router.decide(RoutingRequest.accountSensitive("jp", null, null, ACCOUNT)))
        .isEqualTo(new RoutingDecision("intl", "ap-southeast-1a", RESIDENT_ENCRYPTED, false, 1));
  }

  @Test
  void generalDataOfAJapanAccountFollowsTheRegionWithItsSensitiveFieldsMasked() {
    assertThat(router.decide(RoutingRequest.general("jp", "cn-hangzhou", "ecs", ACCOUNT)))
        .isEqualTo(new RoutingDecision("cn", "cn-hangzhou-b", MASKED_OUTSIDE_RESIDENCY, false, 1));
    assertThat(router.decide(RoutingRequest.general("jp", "ap-northeast-1", "ecs", ACCOUNT)))
        .isEqualTo(new RoutingDecision("intl", "ap-southeast-1a", MASKED_OUTSIDE_RESIDENCY, true, 1, "cn"));
  }

  @Test
  void accountSensitiveDataOfSitesWithoutResidencyRulesFollowsTheRegion() {
    assertThat(router.decide(RoutingRequest.accountSensitive("intl", "cn-beijing", "ecs", ACCOUNT)))
        .isEqualTo(new RoutingDecision("cn", "cn-beijing-a", NONE, false, 1));
    assertThat(router.decide(RoutingRequest.accountSensitive("cn", "ap-southeast-1", "ecs", ACCOUNT)))
        .isEqualTo(new RoutingDecision("intl", "ap-southeast-1a", NONE, true, 1, "cn"));
  }

  @Test
  void aProductOverrideWinsOverTheRegionsCenterButNotOverResidency() {
    // the sample: global-accelerator bought in cn-shanghai is handled by the international center
    assertThat(router.decide(RoutingRequest.general("cn", "cn-shanghai", "global-accelerator", ACCOUNT)))
        .isEqualTo(new RoutingDecision("intl", "ap-southeast-1a", NONE, true, 1, "cn"));
    assertThat(router.decide(RoutingRequest.general("cn", "cn-hangzhou", "global-accelerator", ACCOUNT)).center())
        .isEqualTo("cn");
    assertThat(router.decide(RoutingRequest.general("cn", "cn-shanghai", "ecs", ACCOUNT)).center()).isEqualTo("cn");

    Router overridden = Router.of(RulesFixture.withOverride(RulesFixture.sample(), "oss", "ap-northeast-1", "cn"));
    assertThat(overridden.decide(RoutingRequest.general("jp", "ap-northeast-1", "oss", ACCOUNT)))
        .isEqualTo(new RoutingDecision("cn", "cn-hangzhou-b", MASKED_OUTSIDE_RESIDENCY, false, 1));
    assertThat(overridden.decide(RoutingRequest.accountSensitive("jp", "ap-northeast-1", "oss", ACCOUNT)).center())
        .isEqualTo("intl");
  }

  @Test
  void aCallWithoutRegionGoesToTheSitesDefaultCenter() {
    assertThat(router.decide(RoutingRequest.general("cn", null, null, ACCOUNT)))
        .isEqualTo(new RoutingDecision("cn", "cn-hangzhou-b", NONE, false, 1));
    assertThat(router.decide(RoutingRequest.general("jp", null, null, ACCOUNT)))
        .isEqualTo(new RoutingDecision("intl", "ap-southeast-1a", MASKED_OUTSIDE_RESIDENCY, true, 1, "cn"));
  }

  @Test
  void anUnknownRegionOrSiteIsNamedNeverGuessed() {
    assertThatThrownBy(() -> router.decide(RoutingRequest.general("cn", "eu-central-1", "ecs", ACCOUNT)))
        .isInstanceOf(RoutingException.class).hasMessageContaining("unknown region 'eu-central-1'");
    assertThatThrownBy(() -> router.decide(RoutingRequest.accountSensitive("jp", "eu-central-1", "ecs", ACCOUNT)))
        .isInstanceOf(RoutingException.class).hasMessageContaining("unknown region 'eu-central-1'");
    assertThatThrownBy(() -> router.decide(RoutingRequest.general("de", "cn-hangzhou", "ecs", ACCOUNT)))
        .isInstanceOf(RoutingException.class).hasMessageContaining("unknown site 'de'");
  }

  @Test
  void theDecisionCarriesTheVersionOfTheRulesUsed() {
    Router v7 = Router.of(RulesFixture.sample().withVersion(7));
    assertThat(v7.decide(RoutingRequest.general("cn", "cn-hangzhou", "ecs", ACCOUNT)).ruleVersion()).isEqualTo(7);
    assertThat(v7.version()).isEqualTo(7);
  }

  @Test
  void invalidRulesAreNeverPutInForce() {
    assertThatThrownBy(() -> Router.of(RulesFixture.withWrongChecksum(RulesFixture.sample())))
        .isInstanceOf(RoutingException.class).hasMessageContaining("checksum mismatch");
    assertThatThrownBy(() -> Router.of(RulesFixture.empty(2)))
        .isInstanceOf(RoutingException.class).hasMessageContaining("no centers");
  }

  @Test
  void aRouterWithoutRulesSaysSo() {
    assertThatThrownBy(() -> new Router().decide(RoutingRequest.general("cn", "cn-hangzhou", null, ACCOUNT)))
        .isInstanceOf(RoutingException.class).hasMessageContaining("no routing rules in force");
  }

  @Test
  void decisionsAreComputedOnceAndShared() {
    RoutingRequest request = RoutingRequest.general("cn", "cn-hangzhou", "ecs", ACCOUNT);
    assertThat(router.decide(request)).isSameAs(router.decide(request));
    assertThat(List.of(DataClass.values())).hasSize(2);
  }
}
