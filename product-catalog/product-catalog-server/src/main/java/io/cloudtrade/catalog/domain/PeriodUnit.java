package io.cloudtrade.catalog.domain;

/** The units a period is counted in. */
public enum PeriodUnit {
  Hour,
  Month,
  Year
}
