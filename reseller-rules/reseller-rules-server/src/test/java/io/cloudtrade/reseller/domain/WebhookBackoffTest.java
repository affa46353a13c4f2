package io.cloudtrade.reseller.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookBackoffTest {
  static final WebhookBackoff DEFAULTS = new WebhookBackoff(Duration.ofSeconds(1), Duration.ofMinutes(10), 10);

  @Test
  void doublesFromTheInitialWait() {
    assertThat(DEFAULTS.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(DEFAULTS.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(DEFAULTS.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(DEFAULTS.delayAfter(9)).isEqualTo(Duration.ofSeconds(256));
  }

  @Test
  void neverWaitsLongerThanTheMax() {
    assertThat(DEFAULTS.delayAfter(10)).isEqualTo(Duration.ofSeconds(512));
    assertThat(DEFAULTS.delayAfter(11)).isEqualTo(Duration.ofMinutes(10)); // not 1024 s
    assertThat(DEFAULTS.delayAfter(12)).isEqualTo(Duration.ofMinutes(10));
    assertThat(DEFAULTS.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
    WebhookBackoff odd = new WebhookBackoff(Duration.ofMillis(300), Duration.ofMillis(1000), 5);
    assertThat(odd.delayAfter(2)).isEqualTo(Duration.ofMillis(600));
    assertThat(odd.delayAfter(3)).isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void growsStrictlyUntilTheCap() {
    Duration previous = Duration.ZERO;
    for (int attempt = 1; attempt <= 10; attempt++) {
      Duration d = DEFAULTS.delayAfter(attempt);
      assertThat(d).isGreaterThan(previous);
      previous = d;
    }
  }

  @Test
  void isSpentAfterMaxAttempts() {
    assertThat(DEFAULTS.spent(0)).isFalse();
    assertThat(DEFAULTS.spent(9)).isFalse();
    assertThat(DEFAULTS.spent(10)).isTrue();
    assertThat(DEFAULTS.spent(11)).isTrue();
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> DEFAULTS.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WebhookBackoff(Duration.ZERO, Duration.ofSeconds(1), 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WebhookBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WebhookBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
