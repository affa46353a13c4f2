package io.cloudtrade.catalog.persistence;

/** A row of attribute. */
public class AttributeRow {
  public long versionId;
  public String attributeCode;
  public String attributeName;
  public String moduleCode;
  public String attributeType;
  public Long minValue;
  public Long maxValue;
  public Long stepValue;
  public String unit;
  public String defaultValue;
  /** display order; written by drafts, read by the version queries */
  public int sortOrder;
}
