package io.cloudtrade.catalog.domain;

/** The kinds of constraint rule the catalog evaluates. */
public enum RuleKind {
  /** when the condition holds, the Region must be one of a list */
  ONLY_IN_REGIONS,
  /** when the condition holds, another attribute must be in a set of values (or a range) */
  REQUIRES,
  /** when the condition holds, an INT_RANGE attribute must be within [min, max] */
  RANGE_WHEN
}
