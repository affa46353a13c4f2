package io.cloudtrade.catalog.domain;

/** How an attribute's value is written and checked. */
public enum AttributeType {
  /** one of a list of allowed values */
  ENUM,
  /** a whole number within [min, max], on min + k * step */
  INT_RANGE,
  /** {@code true} or {@code false} */
  BOOLEAN
}
