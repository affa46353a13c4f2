package io.cloudtrade.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.lifecycle.domain.AutoRenewalPolicy.Attempt;
import io.cloudtrade.lifecycle.domain.AutoRenewalPolicy.Tries;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AutoRenewalPolicyTest {
  static final String SUB = ServicePeriod.SUBSCRIPTION;
  static final String AUTO = RenewalSetting.AUTO;
  static final Instant END = Instant.parse("2026-03-31T08:00:00Z");
  /** the defaults: first attempt a day before the end, then every 6 hours */
  final AutoRenewalPolicy policy = new AutoRenewalPolicy(Duration.ofDays(1), Duration.ofHours(6));

  Attempt at(InstanceState state, Tries tried, Instant now) {
    return policy.attemptAt(state, SUB, AUTO, 1, "Month", END, tried, now);
  }

  @Test
  void theFirstAttemptIsDueBeforeTheEndNotAMomentEarlier() {
    Instant first = Instant.parse("2026-03-30T08:00:00Z");
    assertThat(at(InstanceState.NORMAL, Tries.NONE, first.minusMillis(1))).isNull();
    assertThat(at(InstanceState.NORMAL, Tries.NONE, first))
        .isEqualTo(new Attempt(1, new Tries(END, 1, Instant.parse("2026-03-30T14:00:00Z"))));
    assertThat(at(InstanceState.WAIT_FOR_EXPIRE, Tries.NONE, first).number()).isEqualTo(1);
  }

  @Test
  void attemptsRepeatEveryRetryUntilTheEndTimeComes() {
    Tries after1 = new Tries(END, 1, Instant.parse("2026-03-30T14:00:00Z"));
    assertThat(at(InstanceState.WAIT_FOR_EXPIRE, after1, Instant.parse("2026-03-30T13:59:59.999Z"))).isNull();
    Attempt second = at(InstanceState.WAIT_FOR_EXPIRE, after1, Instant.parse("2026-03-30T14:00:00Z"));
    assertThat(second).isEqualTo(new Attempt(2, new Tries(END, 2, Instant.parse("2026-03-30T20:00:00Z"))));
    Attempt third = at(InstanceState.WAIT_FOR_EXPIRE, second.after(), Instant.parse("2026-03-30T20:00:00Z"));
    assertThat(third.number()).isEqualTo(3);
    Attempt fourth = at(InstanceState.WAIT_FOR_EXPIRE, third.after(), third.after().nextAt());
    // the next one would fall at the end time itself: there is none
    assertThat(fourth).isEqualTo(new Attempt(4, new Tries(END, 4, null)));
    assertThat(at(InstanceState.WAIT_FOR_EXPIRE, fourth.after(), END.minusMillis(1))).isNull();
  }

  @Test
  void noAttemptOnceTheEndTimeHasComeOrTheInstanceExpired() {
    Tries after1 = new Tries(END, 1, Instant.parse("2026-03-30T14:00:00Z"));
    assertThat(at(InstanceState.WAIT_FOR_EXPIRE, after1, END)).isNull();
    assertThat(at(InstanceState.WAIT_FOR_EXPIRE, Tries.NONE, END.plusSeconds(1))).isNull();
    assertThat(at(InstanceState.EXPIRED, after1, END.minusSeconds(1))).isNull();
    assertThat(at(InstanceState.RELEASED, Tries.NONE, END.minus(Duration.ofHours(1)))).isNull();
    assertThat(at(InstanceState.CREATING, Tries.NONE, END.minus(Duration.ofHours(1)))).isNull();
  }

  @Test
  void anAttemptDueLongAgoIsMadeOnceAndTheNextOneRetryLater() {
    Instant late = END.minus(Duration.ofHours(2));
    assertThat(at(InstanceState.WAIT_FOR_EXPIRE, Tries.NONE, late)).isEqualTo(new Attempt(1, new Tries(END, 1, null)));
    Instant lateButNotTooLate = END.minus(Duration.ofHours(7));
    assertThat(at(InstanceState.WAIT_FOR_EXPIRE, Tries.NONE, lateButNotTooLate))
        .isEqualTo(new Attempt(1, new Tries(END, 1, END.minus(Duration.ofHours(1)))));
  }

  @Test
  void aRenewedInstanceStartsOverForItsNewEndTime() {
    Tries forOldEnd = new Tries(END, 3, null);
    Instant newEnd = Instant.parse("2026-04-30T08:00:00Z");
    assertThat(policy.attemptAt(InstanceState.NORMAL, SUB, AUTO, 1, "Month", newEnd, forOldEnd,
        Instant.parse("2026-04-29T07:59:59.999Z"))).isNull();
    assertThat(policy.attemptAt(InstanceState.NORMAL, SUB, AUTO, 1, "Month", newEnd, forOldEnd,
        Instant.parse("2026-04-29T08:00:00Z"))).isEqualTo(new Attempt(1, new Tries(newEnd, 1, Instant.parse("2026-04-29T14:00:00Z"))));
  }

  @Test
  void onlyAutoRenewalSubscriptionsWithAPeriodAreRenewed() {
    Instant now = END.minus(Duration.ofHours(12));
    assertThat(policy.attemptAt(InstanceState.NORMAL, SUB, RenewalSetting.MANUAL, null, null, END, Tries.NONE, now)).isNull();
    assertThat(policy.attemptAt(InstanceState.NORMAL, SUB, RenewalSetting.NOT, null, null, END, Tries.NONE, now)).isNull();
    assertThat(policy.attemptAt(InstanceState.NORMAL, SUB, AUTO, null, "Month", END, Tries.NONE, now)).isNull();
    assertThat(policy.attemptAt(InstanceState.NORMAL, ServicePeriod.PAY_AS_YOU_GO, AUTO, 1, "Month", null, Tries.NONE, now)).isNull();
    assertThat(policy.attemptAt(InstanceState.NORMAL, SUB, AUTO, 1, "Month", null, Tries.NONE, now)).isNull();
  }

  @Test
  void doneKeepsTheCountOfTheSameEndTimeAndStopsLooking() {
    assertThat(AutoRenewalPolicy.done(END, new Tries(END, 3, END.minusSeconds(1)))).isEqualTo(new Tries(END, 3, null));
    assertThat(AutoRenewalPolicy.done(END, new Tries(END.minus(Duration.ofDays(30)), 2, null))).isEqualTo(new Tries(END, 0, null));
    assertThat(AutoRenewalPolicy.done(END, Tries.NONE)).isEqualTo(new Tries(END, 0, null));
  }

  @Test
  void settingsThatWouldRenewAgainAtOnceOrNeverRetryAreRefused() {
    assertThatThrownBy(() -> new AutoRenewalPolicy(Duration.ZERO, Duration.ofHours(6))).hasMessageContaining("auto-renew-before");
    assertThatThrownBy(() -> new AutoRenewalPolicy(Duration.ofDays(28), Duration.ofHours(6))).hasMessageContaining("auto-renew-before");
    assertThatThrownBy(() -> new AutoRenewalPolicy(Duration.ofDays(1), Duration.ZERO)).hasMessageContaining("auto-renew-retry");
    assertThatThrownBy(() -> new AutoRenewalPolicy(Duration.ofDays(1), null)).hasMessageContaining("auto-renew-retry");
    assertThat(new AutoRenewalPolicy(Duration.ofDays(27), Duration.ofMinutes(1)).firstAt(END))
        .isEqualTo(Instant.parse("2026-03-04T08:00:00Z"));
  }
}
