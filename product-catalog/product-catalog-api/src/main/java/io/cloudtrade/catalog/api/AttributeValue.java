package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;

/** One allowed value of an enumerated attribute, with its display name. */
public class AttributeValue implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String value;
  private String name;

  public String getValue() {
    return value;
  }

  public AttributeValue setValue(String value) {
    this.value = value;
    return this;
  }

  public String getName() {
    return name;
  }

  public AttributeValue setName(String name) {
    this.name = name;
    return this;
  }

  @Override
  public String toString() {
    return "AttributeValue{" + "value=" + value + ", " + "name=" + name + "}";
  }
}
