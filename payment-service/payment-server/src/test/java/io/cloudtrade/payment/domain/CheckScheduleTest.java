package io.cloudtrade.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckScheduleTest {
  static final Instant CREATED = Instant.parse("2026-11-25T02:00:00Z");
  static final Instant EXPIRES = CREATED.plus(Duration.ofMinutes(15));
  final CheckSchedule schedule = new CheckSchedule(Duration.ofSeconds(5), Duration.ofMinutes(5));

  @Test
  void waitsHalfThePaymentsAgeWithinItsBounds() {
    assertThat(schedule.next(CREATED, EXPIRES, CREATED.plusSeconds(6))).isEqualTo(CREATED.plusSeconds(11)); // at least 5 s
    assertThat(schedule.next(CREATED, EXPIRES, CREATED.plusSeconds(40))).isEqualTo(CREATED.plusSeconds(60)); // half of 40 s
    Instant late = CREATED.plus(Duration.ofDays(1));
    assertThat(schedule.next(CREATED, late.plusSeconds(3600), late)).isEqualTo(late.plus(Duration.ofMinutes(5))); // at most 5 min
  }

  @Test
  void neverWaitsPastTheExpirySoThatAnUnpaidPaymentIsClosedOnTime() {
    assertThat(schedule.next(CREATED, EXPIRES, CREATED.plus(Duration.ofMinutes(12)))).isEqualTo(EXPIRES);
    // past its expiry (the close did not get through): asked again soon
    assertThat(schedule.next(CREATED, EXPIRES, EXPIRES.plusSeconds(1))).isEqualTo(EXPIRES.plusSeconds(6));
  }

  @Test
  void anAbandonedQrCodeIsAskedAboutADozenTimesNotAtEveryRound() {
    int checks = 0;
    Instant at = CREATED.plusSeconds(5);
    while (at.isBefore(EXPIRES)) {
      checks++;
      at = schedule.next(CREATED, EXPIRES, at);
    }
    assertThat(checks).isBetween(8, 14); // a janitor round every 2 s would have asked ~450 times
  }

  @Test
  void refusesAScheduleThatCannotBe() {
    assertThatThrownBy(() -> new CheckSchedule(Duration.ZERO, Duration.ofMinutes(5))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CheckSchedule(Duration.ofMinutes(6), Duration.ofMinutes(5))).isInstanceOf(IllegalArgumentException.class);
  }
}
