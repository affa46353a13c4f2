package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;

/** A value that cannot be bought in a region for now; the buy page disables it. */
public class SoldOutValue implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the region id, e.g. {@code cn-beijing} */
  private String region;
  /** e.g. {@code InstanceType} */
  private String attributeCode;
  /** e.g. {@code ecs.g7.xlarge} */
  private String value;

  public String getRegion() {
    return region;
  }

  public SoldOutValue setRegion(String region) {
    this.region = region;
    return this;
  }

  public String getAttributeCode() {
    return attributeCode;
  }

  public SoldOutValue setAttributeCode(String attributeCode) {
    this.attributeCode = attributeCode;
    return this;
  }

  public String getValue() {
    return value;
  }

  public SoldOutValue setValue(String value) {
    this.value = value;
    return this;
  }

  @Override
  public String toString() {
    return "SoldOutValue{" + "region=" + region + ", " + "attributeCode=" + attributeCode + ", " + "value=" + value + "}";
  }
}
