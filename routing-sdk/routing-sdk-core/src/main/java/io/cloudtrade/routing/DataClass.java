package io.cloudtrade.routing;

/** The class of the data a request carries or touches; it decides whether residency rules apply. */
public enum DataClass {
  /** Anything but an account's sensitive fields: orders, instances, prices, ids. */
  GENERAL,
  /**
   * An account's sensitive fields (for a site with a residency center: the site's {@code sensitiveFields},
   * such as name, phone, email, address).
   */
  ACCOUNT_SENSITIVE
}
