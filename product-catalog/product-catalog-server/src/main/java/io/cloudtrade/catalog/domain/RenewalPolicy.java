package io.cloudtrade.catalog.domain;

/** Which catalog version prices the renewal of a subscription. */
public enum RenewalPolicy {
  /** renewals keep the catalog version of the order (the agreed price); the default */
  AGREED,
  /** renewals take the catalog version in force at renewal time */
  CURRENT
}
