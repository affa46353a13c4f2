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
  void aPeriodThatCannotBeComputedIsRefused() {
    assertThat(renew(InstanceState.NORMAL, PAID_AFTER_END, 0, ServicePeriod.MONTH).refused()).isTrue();
    assertThat(renew(InstanceState.NORMAL, PAID_AFTER_END, 1, "Week").refused()).isTrue();
    assertThat(renew(InstanceState.NORMAL, PAID_AFTER_END, 1, null).refused()).isTrue();
  }
}
