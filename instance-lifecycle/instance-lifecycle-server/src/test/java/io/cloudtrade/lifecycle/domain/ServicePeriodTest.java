package io.cloudtrade.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServicePeriodTest {
  static final Instant PAID = Instant.parse("2026-03-15T10:20:30.123Z");

  @Test
  void monthsAreCalendarMonthsInUtc() {
    assertThat(ServicePeriod.endTime("Subscription", PAID, 1, "Month")).isEqualTo(Instant.parse("2026-04-15T10:20:30.123Z"));
    assertThat(ServicePeriod.endTime("Subscription", PAID, 12, "Month")).isEqualTo(Instant.parse("2027-03-15T10:20:30.123Z"));
  }

  @Test
  void theEndOfAShorterMonthIsItsLastDay() {
    assertThat(ServicePeriod.endTime("Subscription", Instant.parse("2026-01-31T00:00:00Z"), 1, "Month"))
        .isEqualTo(Instant.parse("2026-02-28T00:00:00Z"));
    assertThat(ServicePeriod.endTime("Subscription", Instant.parse("2028-01-31T00:00:00Z"), 1, "Month"))
        .isEqualTo(Instant.parse("2028-02-29T00:00:00Z"));
  }

  @Test
  void years() {
    assertThat(ServicePeriod.endTime("Subscription", PAID, 3, "Year")).isEqualTo(Instant.parse("2029-03-15T10:20:30.123Z"));
    assertThat(ServicePeriod.endTime("Subscription", Instant.parse("2028-02-29T12:00:00Z"), 1, "Year"))
        .isEqualTo(Instant.parse("2029-02-28T12:00:00Z"));
  }

  @Test
  void payAsYouGoHasNoEnd() {
    assertThat(ServicePeriod.endTime("PayAsYouGo", PAID, 0, null)).isNull();
  }

  @Test
  void refusesWhatItCannotCompute() {
    assertThatThrownBy(() -> ServicePeriod.endTime("Subscription", PAID, 0, "Month")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServicePeriod.endTime("Subscription", PAID, 1, "Week")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServicePeriod.endTime("Subscription", null, 1, "Month")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServicePeriod.endTime("Prepaid", PAID, 1, "Month")).isInstanceOf(IllegalArgumentException.class);
  }
}
