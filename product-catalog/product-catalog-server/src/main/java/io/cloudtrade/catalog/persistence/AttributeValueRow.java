package io.cloudtrade.catalog.persistence;

/** A row of attribute_value. */
public class AttributeValueRow {
  public long versionId;
  public String attributeCode;
  public String valueCode;
  public String displayName;
  /** display order; written by drafts, read by the version queries */
  public int sortOrder;
}
