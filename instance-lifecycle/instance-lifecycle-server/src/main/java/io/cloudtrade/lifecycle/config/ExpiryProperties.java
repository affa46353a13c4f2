package io.cloudtrade.lifecycle.config;

import io.cloudtrade.lifecycle.domain.AutoRenewalPolicy;
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
 * @param autoRenewBefore an instance with auto-renewal on is first asked to be renewed from the
 *     balance (an AutoRenewalDue event) this long before its end time; positive and shorter than 28
 *     days (the shortest renewal), so a renewed instance is never due again at once
 * @param autoRenewRetry and again this long after each attempt, until it is renewed or its end time comes
 */
@ConfigurationProperties("cloudtrade.lifecycle.expiry")
public record ExpiryProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("P3D") Duration warnBefore,
    @DefaultValue("PT0S") Duration stopAfter,
    @DefaultValue("P15D") Duration releaseAfter,
    @DefaultValue("100") int batchSize,
    @DefaultValue("P1D") Duration autoRenewBefore,
    @DefaultValue("PT6H") Duration autoRenewRetry) {

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
    if (autoRenewBefore.isNegative() || autoRenewBefore.isZero()
        || autoRenewBefore.compareTo(AutoRenewalPolicy.MAX_BEFORE) >= 0) {
      throw new IllegalArgumentException("cloudtrade.lifecycle.expiry.auto-renew-before must be positive and shorter than "
          + AutoRenewalPolicy.MAX_BEFORE);
    }
    if (autoRenewRetry.isNegative() || autoRenewRetry.isZero()) {
      throw new IllegalArgumentException("cloudtrade.lifecycle.expiry.auto-renew-retry must be positive");
    }
  }

  /** The rules these settings make. */
  public ExpiryPolicy policy() {
    return new ExpiryPolicy(warnBefore, stopAfter, releaseAfter);
  }

  /** The auto-renewal rules these settings make. */
  public AutoRenewalPolicy autoRenewalPolicy() {
    return new AutoRenewalPolicy(autoRenewBefore, autoRenewRetry);
  }
}
