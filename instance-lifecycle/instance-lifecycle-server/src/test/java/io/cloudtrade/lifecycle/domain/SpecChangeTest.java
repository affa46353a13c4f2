package io.cloudtrade.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecChangeTest {
  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  static final Map<String, String> BIGGER = Map.of("cpu", "4", "memory", "8");

  static SpecChange change(InstanceState state, int current, boolean underWay, String type, int base) {
    return SpecChange.of(state, current, underWay, type, base, BIGGER, NOW, null, null);
  }

  static SpecChange temporary(Instant start, Instant end) {
    return SpecChange.of(InstanceState.NORMAL, 3, false, SpecChange.TEMPORARY_UPGRADE, 3, BIGGER, NOW, start, end);
  }

  @Test
  void anUpgradeOnItsBaseBecomesTheNextVersionAtOnce() {
    SpecChange c = change(InstanceState.NORMAL, 1, false, SpecChange.UPGRADE, 1);
    assertThat(c.refused()).isFalse();
    assertThat(c.version()).isEqualTo(2);
    assertThat(c.kind()).isEqualTo(SpecKind.PERMANENT);
    assertThat(c.initial()).isEqualTo(SpecState.PENDING);
    assertThat(c.revertAt()).isNull();
    assertThat(change(InstanceState.NORMAL, 4, false, SpecChange.DOWNGRADE, 4).version()).isEqualTo(5);
  }

  @Test
  void aStaleBaseVersionIsRefused() {
    SpecChange c = change(InstanceState.NORMAL, 2, false, SpecChange.UPGRADE, 1);
    assertThat(c.refused()).isTrue();
    assertThat(c.refusal()).contains("version 1").contains("version 2");
  }

  @Test
  void onlyANormalInstanceChanges() {
    for (InstanceState s : InstanceState.values()) {
      assertThat(change(s, 1, false, SpecChange.UPGRADE, 1).refused()).as(s.name()).isEqualTo(s != InstanceState.NORMAL);
    }
    assertThat(change(InstanceState.EXPIRED, 1, false, SpecChange.UPGRADE, 1).refusal()).contains("Expired");
  }

  @Test
  void oneChangeAtATime() {
    assertThat(change(InstanceState.NORMAL, 1, true, SpecChange.UPGRADE, 1).refusal()).contains("under way");
  }

  @Test
  void aChangeNeedsASpecificationAndAKnownType() {
    assertThat(SpecChange.of(InstanceState.NORMAL, 1, false, SpecChange.UPGRADE, 1, Map.of(), NOW, null, null).refused())
        .isTrue();
    assertThat(change(InstanceState.NORMAL, 1, false, "Renew", 1).refused()).isTrue();
    assertThat(SpecChange.isChange("TemporaryUpgrade")).isTrue();
    assertThat(SpecChange.isChange("Refund")).isFalse();
  }

  @Test
  void aTemporaryUpgradeStartingNowRevertsAtItsWindowEnd() {
    Instant end = NOW.plusSeconds(3);
    SpecChange c = temporary(null, end);
    assertThat(c.kind()).isEqualTo(SpecKind.TEMPORARY);
    assertThat(c.initial()).isEqualTo(SpecState.PENDING);
    assertThat(c.version()).isEqualTo(4);
    assertThat(c.applyAt()).isNull();
    assertThat(c.revertAt()).isEqualTo(end);
    assertThat(temporary(NOW.minusSeconds(60), end).initial()).as("window already open").isEqualTo(SpecState.PENDING);
  }

  @Test
  void aTemporaryUpgradeStartingLaterWaits() {
    SpecChange c = temporary(NOW.plusSeconds(3600), NOW.plusSeconds(7200));
    assertThat(c.initial()).isEqualTo(SpecState.SCHEDULED);
    assertThat(c.applyAt()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(c.revertAt()).isEqualTo(NOW.plusSeconds(7200));
  }

  @Test
  void aTemporaryUpgradeNeedsAWindowThatHasNotEnded() {
    assertThat(temporary(null, null).refusal()).contains("end of its window");
    assertThat(temporary(null, NOW).refusal()).contains("ended");
    assertThat(temporary(NOW.plusSeconds(10), NOW.plusSeconds(5)).refusal()).contains("before it starts");
  }

  @Test
  void aScheduledUpgradeStartsOnlyOnTheVersionBelowItWhileItsWindowIsOpen() {
    Instant end = NOW.plusSeconds(60);
    assertThat(SpecChange.startRefusal(InstanceState.NORMAL, 3, 4, end, NOW)).isNull();
    assertThat(SpecChange.startRefusal(InstanceState.EXPIRED, 3, 4, end, NOW)).contains("Expired");
    assertThat(SpecChange.startRefusal(InstanceState.NORMAL, 2, 4, end, NOW)).contains("version 2");
    assertThat(SpecChange.startRefusal(InstanceState.NORMAL, 3, 4, NOW, NOW)).contains("ended");
  }

  static SpecChange renewChange(InstanceState state, int current, boolean underWay, int base, Instant periodStart) {
    return SpecChange.renewChange(state, current, underWay, base, BIGGER, NOW, periodStart);
  }

  @Test
  void aRenewChangeWaitsAsAPermanentVersionForItsRenewedPeriod() {
    Instant oldEnd = NOW.plusSeconds(86_400);
    SpecChange c = renewChange(InstanceState.NORMAL, 3, false, 3, oldEnd);
    assertThat(c.refused()).isFalse();
    assertThat(c.kind()).isEqualTo(SpecKind.PERMANENT);
    assertThat(c.version()).isEqualTo(4);
    assertThat(c.initial()).isEqualTo(SpecState.SCHEDULED);
    assertThat(c.applyAt()).isEqualTo(oldEnd);
    assertThat(c.revertAt()).as("permanent: nothing to revert").isNull();
  }

  @Test
  void aRenewChangeWhoseRenewedPeriodHasStartedChangesAtOnce() {
    for (Instant oldEnd : new Instant[] {NOW, NOW.minusSeconds(1), NOW.minusSeconds(86_400)}) {
      SpecChange c = renewChange(InstanceState.NORMAL, 1, false, 1, oldEnd);
      assertThat(c.kind()).as(oldEnd.toString()).isEqualTo(SpecKind.PERMANENT);
      assertThat(c.initial()).as(oldEnd.toString()).isEqualTo(SpecState.PENDING);
      assertThat(c.applyAt()).as(oldEnd.toString()).isNull();
      assertThat(c.version()).isEqualTo(2);
    }
  }

  @Test
  void aRenewChangeFollowsTheRulesOfEveryChange() {
    Instant oldEnd = NOW.plusSeconds(60);
    assertThat(renewChange(InstanceState.NORMAL, 2, false, 1, oldEnd).refusal())
        .contains("priced against specification version 1").contains("version 2");
    assertThat(renewChange(InstanceState.NORMAL, 1, true, 1, oldEnd).refusal()).contains("under way");
    for (InstanceState s : InstanceState.values()) {
      assertThat(renewChange(s, 1, false, 1, oldEnd).refused()).as(s.name()).isEqualTo(s != InstanceState.NORMAL);
    }
    assertThat(renewChange(InstanceState.WAIT_FOR_EXPIRE, 1, false, 1, oldEnd).refusal()).contains("WaitForExpire");
    assertThat(SpecChange.renewChange(InstanceState.NORMAL, 1, false, 1, Map.of(), NOW, oldEnd).refusal())
        .contains("no specification");
    assertThat(SpecChange.renewChange(InstanceState.NORMAL, 1, false, 1, null, NOW, oldEnd).refused()).isTrue();
    assertThat(renewChange(InstanceState.NORMAL, 1, false, 1, null).refusal()).contains("renewed period");
  }

  @Test
  void aRenewChangeIsNotAPlainChangeAndOnlyItFailsInPart() {
    assertThat(SpecChange.isChange(SpecChange.RENEW_CHANGE)).as("carried out on its own").isFalse();
    assertThat(change(InstanceState.NORMAL, 1, false, SpecChange.RENEW_CHANGE, 1).refused()).isTrue();
    assertThat(SpecChange.partialOnFailure(SpecChange.RENEW_CHANGE)).isTrue();
    for (String other : new String[] {SpecChange.UPGRADE, SpecChange.DOWNGRADE, SpecChange.TEMPORARY_UPGRADE, "New",
        "Renew", "Refund", null}) {
      assertThat(SpecChange.partialOnFailure(other)).as(String.valueOf(other)).isFalse();
    }
  }

  @Test
  void aScheduledPermanentVersionStartsOnlyOnANormalInstanceAtTheVersionBelowIt() {
    assertThat(SpecChange.startRefusal(InstanceState.NORMAL, 3, 4, null, NOW)).isNull();
    assertThat(SpecChange.startRefusal(InstanceState.RELEASED, 3, 4, null, NOW)).contains("Released");
    assertThat(SpecChange.startRefusal(InstanceState.NORMAL, 4, 4, null, NOW)).contains("version 4");
  }
}
