package io.cloudtrade.lifecycle.config;

import io.cloudtrade.lifecycle.domain.ExpiryPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cloudtrade.lifecycle.expiry.*}: when a subscription instance moves on as its paid period
 * runs out (relative to its end time), and how the job that moves it runs.
 *
 * @param enabled whether the due-work poller runs the expiry job ({@code DueInstanceWork}); off only
 *     where something else drives it (tests with fixed dates in the past)
 * @param warnBefore a Normal instance becomes WaitForExpire this long before its end time
 * @param stopAfter it becomes Expired (sub-status Stopped) and its control plane is told STOP this
 *     long after its end time: the grace period for overdue
 * @param releaseAfter an Expired instance becomes Released and its control plane is told RELEASE this
 *     long after its end time; at least {@code stopAfter}
 * @param batchSize at most this many due instances per poll
 */
@ConfigurationProperties("cloudtrade.lifecycle.expiry")
public record ExpiryProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("P3D") Duration warnBefore,
    @DefaultValue("PT0S") Duration stopAfter,
    @DefaultValue("P15D") Duration releaseAfter,
    @DefaultValue("100") int batchSize) {

  public ExpiryProperties {
    if (warnBefore.isNegative()) {
      throw new IllegalArgumentException("cloudtrade.lifecycle.expiry.warn-before must not be negative");
    }
    if (stopAfter.isNegative()) {
      throw new IllegalArgumentException("cloudtrade.lifecycle.expiry.stop-after must not be negative");
    }
    if (releaseAfter.compareTo(stopAfter) < 0) {
      throw new IllegalArgumentException("cloudtrade.lifecycle.expiry.release-after must be at least stop-after");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("cloudtrade.lifecycle.expiry.batch-size must be at least 1");
    }
  }

  /** The rules these settings make. */
  public ExpiryPolicy policy() {
    return new ExpiryPolicy(warnBefore, stopAfter, releaseAfter);
  }
}
