package io.cloudtrade.lifecycle.domain;

/** What a version of an instance's specification is. */
public enum SpecKind {
  /** the creation's specification, an Upgrade or a Downgrade: stays until the next change */
  PERMANENT,
  /** a TemporaryUpgrade: applied for a window, then reverted by a {@link #REVERT} version */
  TEMPORARY,
  /** restores the specification a temporary upgrade replaced; it has no order of its own */
  REVERT
}
