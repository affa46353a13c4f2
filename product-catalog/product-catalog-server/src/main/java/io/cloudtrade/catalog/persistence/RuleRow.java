package io.cloudtrade.catalog.persistence;

/** A row of constraint_rule; definition is JSON. */
public class RuleRow {
  public long versionId;
  public String ruleCode;
  public String kind;
  public String definition;
  /** display order; written by drafts, read by the version queries */
  public int sortOrder;
}
