package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A typed attribute of a catalog version, as written in a draft. */
public class AttributeDefinition implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** e.g. {@code InstanceType}; every version needs an ENUM {@code Region} */
  private String code;
  /** display name */
  private String name;
  /** the pricing module it belongs to (one quote line per module) */
  private String moduleCode;
  /** {@code ENUM}, {@code INT_RANGE} or {@code BOOLEAN} */
  private String type;
  /** allowed values of an ENUM, in display order */
  private List<AttributeValue> values;
  /** lower bound of an INT_RANGE */
  private Long min;
  /** upper bound of an INT_RANGE */
  private Long max;
  /** step of an INT_RANGE */
  private Long step;
  /** unit of an INT_RANGE, e.g. {@code GB} */
  private String unit;
  /** the value an empty configuration takes */
  private String defaultValue;

  public String getCode() {
    return code;
  }

  public AttributeDefinition setCode(String code) {
    this.code = code;
    return this;
  }

  public String getName() {
    return name;
  }

  public AttributeDefinition setName(String name) {
    this.name = name;
    return this;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public AttributeDefinition setModuleCode(String moduleCode) {
    this.moduleCode = moduleCode;
    return this;
  }

  public String getType() {
    return type;
  }

  public AttributeDefinition setType(String type) {
    this.type = type;
    return this;
  }

  public List<AttributeValue> getValues() {
    return values;
  }

  public AttributeDefinition setValues(List<AttributeValue> values) {
    this.values = values;
    return this;
  }

  public Long getMin() {
    return min;
  }

  public AttributeDefinition setMin(Long min) {
    this.min = min;
    return this;
  }

  public Long getMax() {
    return max;
  }

  public AttributeDefinition setMax(Long max) {
    this.max = max;
    return this;
  }

  public Long getStep() {
    return step;
  }

  public AttributeDefinition setStep(Long step) {
    this.step = step;
    return this;
  }

  public String getUnit() {
    return unit;
  }

  public AttributeDefinition setUnit(String unit) {
    this.unit = unit;
    return this;
  }

  public String getDefaultValue() {
    return defaultValue;
  }

  public AttributeDefinition setDefaultValue(String defaultValue) {
    this.defaultValue = defaultValue;
    return this;
  }

  @Override
  public String toString() {
    return "AttributeDefinition{" + "code=" + code + ", " + "name=" + name + ", " + "moduleCode=" + moduleCode + ", " + "type=" + type + ", " + "values=" + values + ", " + "min=" + min + ", " + "max=" + max + ", " + "step=" + step + ", " + "unit=" + unit + ", " + "defaultValue=" + defaultValue + "}";
  }
}
