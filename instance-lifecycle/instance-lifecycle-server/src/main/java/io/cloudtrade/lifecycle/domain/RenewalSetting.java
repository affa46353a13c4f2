package io.cloudtrade.lifecycle.domain;

import java.util.List;

/**
 * How an instance renews (BSS SetRenewal): {@code AutoRenewal} for a period of 1 to {@value
 * #MAX_PERIOD} months or years, {@code ManualRenewal} or {@code NotRenewal} (which have no period:
 * one given is ignored).
 *
 * @param status AutoRenewal, ManualRenewal or NotRenewal
 * @param period AutoRenewal's period, else null
 * @param periodUnit AutoRenewal's {@link ServicePeriod#MONTH} or {@link ServicePeriod#YEAR}, else null
 */
public record RenewalSetting(String status, Integer period, String periodUnit) {
  public static final String AUTO = "AutoRenewal";
  public static final String MANUAL = "ManualRenewal";
  public static final String NOT = "NotRenewal";
  public static final List<String> STATUSES = List.of(AUTO, MANUAL, NOT);
  public static final int MAX_PERIOD = 36;

  /**
   * A valid setting.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static RenewalSetting of(String status, Integer period, String periodUnit) {
    if (status == null || !STATUSES.contains(status)) {
      throw new IllegalArgumentException("RenewStatus must be one of " + String.join(", ", STATUSES) + ", not " + status);
    }
    if (!AUTO.equals(status)) {
      return new RenewalSetting(status, null, null);
    }
    if (period == null || period < 1 || period > MAX_PERIOD) {
      throw new IllegalArgumentException("AutoRenewal needs a RenewPeriod of 1 to " + MAX_PERIOD + ", not " + period);
    }
    if (!ServicePeriod.MONTH.equals(periodUnit) && !ServicePeriod.YEAR.equals(periodUnit)) {
      throw new IllegalArgumentException("AutoRenewal needs a RenewPeriodUnit of " + ServicePeriod.MONTH + " or "
          + ServicePeriod.YEAR + ", not " + periodUnit);
    }
    return new RenewalSetting(status, period, periodUnit);
  }
}
