package io.cloudtrade.lifecycle.config;

import io.cloudtrade.lifecycle.domain.ResendSchedule;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cloudtrade.lifecycle.due-work.*}: how often the poller looks for due specification work
 * (scheduled temporary upgrades, reverts, notifications to send again) and how long it waits.
 *
 * @param pollInterval pause between two polls; the first poll runs at start-up
 * @param resendAfter a notification (CREATE, MODIFY, revert) still unacknowledged this long after it
 *     was first sent is sent again; each following wait is twice the previous one
 * @param retryPause a revert the control plane failed, or due work that threw, is tried again after
 *     this pause
 * @param batchSize at most this many due versions per poll
 * @param maxResendInterval the longest wait between two sends of an unacknowledged notification
 * @param maxAttempts at most this many sends of one notification in all; when the last one is not
 *     acknowledged either, the work is stuck: an ALERT is logged and an operator lists and retries it
 */
@ConfigurationProperties("cloudtrade.lifecycle.due-work")
public record DueWorkProperties(
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("60s") Duration resendAfter,
    @DefaultValue("5s") Duration retryPause,
    @DefaultValue("100") int batchSize,
    @DefaultValue("10m") Duration maxResendInterval,
    @DefaultValue("8") int maxAttempts) {

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
    if (maxResendInterval.compareTo(resendAfter) < 0) {
      throw new IllegalArgumentException("cloudtrade.lifecycle.due-work.max-resend-interval must be at least resend-after");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("cloudtrade.lifecycle.due-work.max-attempts must be at least 1");
    }
  }

  /** When unacknowledged notifications are sent again, and when they are stuck. */
  public ResendSchedule resends() {
    return new ResendSchedule(resendAfter, maxResendInterval, maxAttempts);
  }
}
