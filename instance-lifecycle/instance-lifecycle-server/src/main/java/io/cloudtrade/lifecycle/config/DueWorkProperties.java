package io.cloudtrade.lifecycle.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cloudtrade.lifecycle.due-work.*}: how often the poller looks for due specification work
 * (scheduled temporary upgrades, reverts, notifications to send again) and how long it waits.
 *
 * @param pollInterval pause between two polls; the first poll runs at start-up
 * @param resendAfter a version still unacknowledged this long after its notification is notified again
 * @param retryPause a revert the control plane failed, or due work that threw, is tried again after
 *     this pause
 * @param batchSize at most this many due versions per poll
 */
@ConfigurationProperties("cloudtrade.lifecycle.due-work")
public record DueWorkProperties(
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("60s") Duration resendAfter,
    @DefaultValue("5s") Duration retryPause,
    @DefaultValue("100") int batchSize) {

  public DueWorkProperties {
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("cloudtrade.lifecycle.due-work.poll-interval must be positive");
    }
    if (resendAfter.isNegative() || resendAfter.isZero()) {
      throw new IllegalArgumentException("cloudtrade.lifecycle.due-work.resend-after must be positive");
    }
    if (retryPause.isNegative()) {
      throw new IllegalArgumentException("cloudtrade.lifecycle.due-work.retry-pause must not be negative");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("cloudtrade.lifecycle.due-work.batch-size must be at least 1");
    }
  }
}
