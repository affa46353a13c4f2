package io.cloudtrade.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RenewalTest {
  static final Instant END = Instant.parse("2026-01-31T08:00:00.250Z");
  static final Instant PAID_BEFORE_END = Instant.parse("2026-01-20T10:00:00Z");
  static final Instant PAID_AFTER_END = Instant.parse("2026-02-10T09:30:00.500Z");

  static Renewal renew(InstanceState state, Instant paidAt, int period, String unit) {
    return Renewal.of(state, ServicePeriod.SUBSCRIPTION, END, paidAt, period, unit);
  }

  @Test
  void aRunningInstanceIsExtendedFromItsEndTimeAndKeepsItsState() {
    Renewal r = renew(InstanceState.NORMAL, PAID_BEFORE_END, 1, ServicePeriod.MONTH);
    assertThat(r.refused()).isFalse();
    assertThat(r.oldEndTime()).isEqualTo(END);
    assertThat(r.newEndTime()).isEqualTo(Instant.parse("2026-02-28T08:00:00.250Z")); // calendar month, last day of Feb
    assertThat(r.from()).isEqualTo(InstanceState.NORMAL);
    assertThat(r.to()).isEqualTo(InstanceState.NORMAL);
  }

  @Test
  void theEndTimeIsTheBaseEvenWhenPaidLater() {
    assertThat(renew(InstanceState.NORMAL, PAID_AFTER_END, 1, ServicePeriod.YEAR).newEndTime())
        .isEqualTo(Instant.parse("2027-01-31T08:00:00.250Z"));
  }

  @Test
  void renewalsAddUp() {
    Renewal first = renew(InstanceState.NORMAL, PAID_BEFORE_END, 1, ServicePeriod.MONTH);
    Renewal second = Renewal.of(InstanceState.NORMAL, ServicePeriod.SUBSCRIPTION, first.newEndTime(), PAID_BEFORE_END, 1,
        ServicePeriod.MONTH);
    assertThat(second.newEndTime()).isEqualTo(Instant.parse("2026-03-28T08:00:00.250Z"));
  }

  @Test
  void anExpiredInstanceIsExtendedFromThePaymentAndRunsAgain() {
    Renewal r = renew(InstanceState.EXPIRED, PAID_AFTER_END, 1, ServicePeriod.MONTH);
    assertThat(r.refused()).isFalse();
    assertThat(r.oldEndTime()).isEqualTo(END);
    assertThat(r.newEndTime()).isEqualTo(Instant.parse("2026-03-10T09:30:00.500Z"));
    assertThat(r.from()).isEqualTo(InstanceState.EXPIRED);
    assertThat(r.to()).isEqualTo(InstanceState.NORMAL);
    assertThat(InstanceState.EXPIRED.canMoveTo(InstanceState.NORMAL)).isTrue();
  }

  @Test
  void anExpiredInstancePaidBeforeItsEndIsExtendedFromItsEnd() {
    Renewal r = renew(InstanceState.EXPIRED, PAID_BEFORE_END, 2, ServicePeriod.MONTH);
    assertThat(r.newEndTime()).isEqualTo(Instant.parse("2026-03-31T08:00:00.250Z"));
    assertThat(r.to()).isEqualTo(InstanceState.NORMAL);
  }

  @Test
  void anInstanceAboutToExpireRunsAgain() {
    Renewal r = renew(InstanceState.WAIT_FOR_EXPIRE, PAID_BEFORE_END, 1, ServicePeriod.MONTH);
    assertThat(r.to()).isEqualTo(InstanceState.NORMAL);
    assertThat(r.newEndTime()).isEqualTo(Instant.parse("2026-02-28T08:00:00.250Z"));
  }

  @Test
  void releasedFailedAndPayAsYouGoInstancesAreRefused() {
    assertThat(renew(InstanceState.RELEASED, PAID_AFTER_END, 1, ServicePeriod.MONTH).refusal()).contains("Released");
    assertThat(renew(InstanceState.FAILED, PAID_AFTER_END, 1, ServicePeriod.MONTH).refusal()).contains("Failed");
    assertThat(Renewal.of(InstanceState.NORMAL, ServicePeriod.PAY_AS_YOU_GO, null, PAID_AFTER_END, 1, ServicePeriod.MONTH)
        .refused()).isTrue();
  }

  @Test
  void aRenewalForAnotherEndTimeIsRefusedNamingBothEndTimes() {
    Instant renewedMeanwhile = Instant.parse("2026-02-28T08:00:00.250Z");
    Renewal r = Renewal.of(InstanceState.NORMAL, ServicePeriod.SUBSCRIPTION, renewedMeanwhile, PAID_BEFORE_END, 1,
        ServicePeriod.MONTH, END);
    assertThat(r.refused()).isTrue();
    assertThat(r.refusal()).contains(END.toString()).contains(renewedMeanwhile.toString());
    assertThat(r.from()).isEqualTo(InstanceState.NORMAL);
    assertThat(r.to()).isEqualTo(InstanceState.NORMAL);
    assertThat(r.newEndTime()).isNull();
    // however the instance stands, even Expired (whose renewal starts from the payment)
    assertThat(Renewal.of(InstanceState.EXPIRED, ServicePeriod.SUBSCRIPTION, renewedMeanwhile, PAID_AFTER_END, 1,
        ServicePeriod.MONTH, END).refused()).isTrue();
    assertThat(Renewal.of(InstanceState.WAIT_FOR_EXPIRE, ServicePeriod.SUBSCRIPTION, END.minusMillis(1), PAID_BEFORE_END,
        1, ServicePeriod.MONTH, END).refused()).isTrue();
  }

  @Test
  void aRenewalForTheEndTimeTheInstanceHasIsPlannedAsAnyOther() {
    Renewal expected = Renewal.of(InstanceState.WAIT_FOR_EXPIRE, ServicePeriod.SUBSCRIPTION, END, PAID_BEFORE_END, 1,
        ServicePeriod.MONTH, END);
    assertThat(expected.refused()).isFalse();
    assertThat(expected).isEqualTo(renew(InstanceState.WAIT_FOR_EXPIRE, PAID_BEFORE_END, 1, ServicePeriod.MONTH));
    // no expected end time (customers' renewals, older events): whatever the end time is, as before
    assertThat(Renewal.of(InstanceState.NORMAL, ServicePeriod.SUBSCRIPTION, END, PAID_BEFORE_END, 1, ServicePeriod.MONTH,
        null)).isEqualTo(renew(InstanceState.NORMAL, PAID_BEFORE_END, 1, ServicePeriod.MONTH));
  }

  @Test
  void aPeriodThatCannotBeComputedIsRefused() {
    assertThat(renew(InstanceState.NORMAL, PAID_AFTER_END, 0, ServicePeriod.MONTH).refused()).isTrue();
    assertThat(renew(InstanceState.NORMAL, PAID_AFTER_END, 1, "Week").refused()).isTrue();
    assertThat(renew(InstanceState.NORMAL, PAID_AFTER_END, 1, null).refused()).isTrue();
  }
}
