package io.cloudtrade.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {
  static final String SUB = ServicePeriod.SUBSCRIPTION;
  static final Instant END = Instant.parse("2026-03-31T08:00:00Z");
  /** the defaults: warn 3 days before, stop at the end, release 15 days after */
  final ExpiryPolicy policy = new ExpiryPolicy(Duration.ofDays(3), Duration.ZERO, Duration.ofDays(15));

  @Test
  void eachRunningStateIsDueAtItsOwnTimeAroundTheEnd() {
    assertThat(policy.nextDueAt(InstanceState.NORMAL, SUB, END)).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
    assertThat(policy.nextDueAt(InstanceState.WAIT_FOR_EXPIRE, SUB, END)).isEqualTo(END);
    assertThat(policy.nextDueAt(InstanceState.EXPIRED, SUB, END)).isEqualTo(Instant.parse("2026-04-15T08:00:00Z"));
  }

  @Test
  void creatingFinalAndPayAsYouGoInstancesAreNeverDue() {
    assertThat(policy.nextDueAt(InstanceState.CREATING, SUB, END)).isNull();
    assertThat(policy.nextDueAt(InstanceState.RELEASED, SUB, END)).isNull();
    assertThat(policy.nextDueAt(InstanceState.FAILED, SUB, END)).isNull();
    assertThat(policy.nextDueAt(InstanceState.NORMAL, ServicePeriod.PAY_AS_YOU_GO, null)).isNull();
    assertThat(policy.nextDueAt(InstanceState.NORMAL, ServicePeriod.PAY_AS_YOU_GO, END)).isNull();
    assertThat(policy.stepAt(InstanceState.NORMAL, ServicePeriod.PAY_AS_YOU_GO, null, END.plus(Duration.ofDays(999)))).isNull();
    assertThat(policy.stepAt(InstanceState.RELEASED, SUB, END, END.plus(Duration.ofDays(999)))).isNull();
  }

  @Test
  void nothingIsDueBeforeItsTime() {
    assertThat(policy.stepAt(InstanceState.NORMAL, SUB, END, Instant.parse("2026-03-28T07:59:59.999Z"))).isNull();
    assertThat(policy.stepAt(InstanceState.WAIT_FOR_EXPIRE, SUB, END, END.minusMillis(1))).isNull();
    assertThat(policy.stepAt(InstanceState.EXPIRED, SUB, END, Instant.parse("2026-04-15T07:59:59.999Z"))).isNull();
  }

  @Test
  void aNormalInstanceIsWarnedThenStoppedThenReleased() {
    ExpiryPolicy.Step warn = policy.stepAt(InstanceState.NORMAL, SUB, END, Instant.parse("2026-03-28T08:00:00Z"));
    assertThat(warn).isEqualTo(new ExpiryPolicy.Step(InstanceState.NORMAL, InstanceState.WAIT_FOR_EXPIRE, "WaitForExpire",
        END, null));

    ExpiryPolicy.Step stop = policy.stepAt(InstanceState.WAIT_FOR_EXPIRE, SUB, END, END);
    assertThat(stop).isEqualTo(new ExpiryPolicy.Step(InstanceState.WAIT_FOR_EXPIRE, InstanceState.EXPIRED, "Stopped",
        Instant.parse("2026-04-15T08:00:00Z"), Instant.parse("2026-04-15T08:00:00Z")));

    Instant late = Instant.parse("2026-04-16T00:00:00Z"); // the service was down at the release time
    ExpiryPolicy.Step release = policy.stepAt(InstanceState.EXPIRED, SUB, END, late);
    assertThat(release).isEqualTo(new ExpiryPolicy.Step(InstanceState.EXPIRED, InstanceState.RELEASED, "Released", null, late));
  }

  @Test
  void aGracePeriodStopsLaterAndAStepDueLongAgoIsStillOneStep() {
    ExpiryPolicy grace = new ExpiryPolicy(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(7));
    assertThat(grace.nextDueAt(InstanceState.NORMAL, SUB, END)).isEqualTo(END);
    assertThat(grace.stepAt(InstanceState.WAIT_FOR_EXPIRE, SUB, END, END.plus(Duration.ofHours(23)))).isNull();
    assertThat(grace.stepAt(InstanceState.WAIT_FOR_EXPIRE, SUB, END, END.plus(Duration.ofDays(1))).to())
        .isEqualTo(InstanceState.EXPIRED);
    // long past the release time, a Normal instance still goes to WaitForExpire first
    ExpiryPolicy.Step first = grace.stepAt(InstanceState.NORMAL, SUB, END, END.plus(Duration.ofDays(30)));
    assertThat(first.to()).isEqualTo(InstanceState.WAIT_FOR_EXPIRE);
    assertThat(first.nextDueAt()).isEqualTo(END.plus(Duration.ofDays(1)));
  }

  @Test
  void releaseTimeIsShownOnlyWhileExpired() {
    assertThat(policy.releaseTime(InstanceState.EXPIRED, SUB, END)).isEqualTo(Instant.parse("2026-04-15T08:00:00Z"));
    assertThat(policy.releaseTime(InstanceState.NORMAL, SUB, END)).isNull();
    assertThat(policy.releaseTime(InstanceState.WAIT_FOR_EXPIRE, SUB, END)).isNull();
  }

  @Test
  void aRenewalInTimeLeavesWaitForExpireOnlyBeyondTheWarning() {
    Instant now = Instant.parse("2026-03-29T00:00:00Z");
    Renewal month = Renewal.of(InstanceState.WAIT_FOR_EXPIRE, SUB, END, now, 1, ServicePeriod.MONTH);
    assertThat(policy.settle(month, now).to()).isEqualTo(InstanceState.NORMAL);

    ExpiryPolicy longWarning = new ExpiryPolicy(Duration.ofDays(60), Duration.ZERO, Duration.ofDays(15));
    Renewal stillWarned = longWarning.settle(month, now);
    assertThat(stillWarned.to()).isEqualTo(InstanceState.WAIT_FOR_EXPIRE);
    assertThat(stillWarned.newEndTime()).isEqualTo(month.newEndTime());

    Renewal expired = Renewal.of(InstanceState.EXPIRED, SUB, END, now, 1, ServicePeriod.MONTH);
    assertThat(longWarning.settle(expired, now).to()).isEqualTo(InstanceState.NORMAL);
    Renewal released = Renewal.of(InstanceState.RELEASED, SUB, END, now, 1, ServicePeriod.MONTH);
    assertThat(policy.settle(released, now).refused()).isTrue();
  }

  @Test
  void settingsMustMakeSense() {
    assertThatThrownBy(() -> new ExpiryPolicy(Duration.ofDays(-1), Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExpiryPolicy(Duration.ZERO, Duration.ofDays(2), Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
