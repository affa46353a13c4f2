package io.cloudtrade.payment.application;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelPaymentJanitorTest {
  @Test
  void aFirstCheckLaterThanTheLongestWaitStretchesTheWaitInsteadOfFailingTheStart() {
    // the notify benchmark holds the janitor back with janitor-min-age=PT1H; the default max interval is PT5M
    assertThatCode(() -> new ChannelPaymentJanitor(null, null, List.of(), Duration.ofHours(1), Duration.ofMinutes(5)))
        .doesNotThrowAnyException();
  }
}
