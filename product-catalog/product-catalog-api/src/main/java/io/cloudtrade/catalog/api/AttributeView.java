package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A typed attribute of a product (a pricing module's config item). */
public class AttributeView implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** e.g. {@code InstanceType}; the key in a configuration map */
  private String code;
  /** display name */
  private String name;
  /** the pricing module it belongs to */
  private String moduleCode;
  /** {@code ENUM}, {@code INT_RANGE} or {@code BOOLEAN} */
  private String type;
  /** allowed values of an ENUM attribute; empty otherwise */
  private List<AttributeValue> values;
  /** lower bound of an INT_RANGE attribute */
  private Long min;
  /** upper bound of an INT_RANGE attribute */
  private Long max;
  /** step of an INT_RANGE attribute */
  private Long step;
  /** unit of an INT_RANGE attribute, e.g. {@code GB} */
  private String unit;
  /** the value used when a configuration leaves the attribute out */
  private String defaultValue;

  public String getCode() {
    return code;
  }

  public AttributeView setCode(String code) {
    this.code = code;
    return this;
  }

  public String getName() {
    return name;
  }

  public AttributeView setName(String name) {
    this.name = name;
    return this;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public AttributeView setModuleCode(String moduleCode) {
    this.moduleCode = moduleCode;
    return this;
  }

  public String getType() {
    return type;
  }

  public AttributeView setType(String type) {
    this.type = type;
    return this;
  }

  public List<AttributeValue> getValues() {
    return values;
  }

  public AttributeView setValues(List<AttributeValue> values) {
    this.values = values;
    return this;
  }

  public Long getMin() {
    return min;
  }

  public AttributeView setMin(Long min) {
    this.min = min;
    return this;
  }

  public Long getMax() {
    return max;
  }

  public AttributeView setMax(Long max) {
    this.max = max;
    return this;
  }

  public Long getStep() {
    return step;
  }

  public AttributeView setStep(Long step) {
    this.step = step;
    return this;
  }

  public String getUnit() {
    return unit;
  }

  public AttributeView setUnit(String unit) {
    this.unit = unit;
    return this;
  }

  public String getDefaultValue() {
    return defaultValue;
  }

  public AttributeView setDefaultValue(String defaultValue) {
    this.defaultValue = defaultValue;
    return this;
  }

  @Override
  public String toString() {
    return "AttributeView{" + "code=" + code + ", " + "name=" + name + ", " + "moduleCode=" + moduleCode + ", " + "type=" + type + ", " + "values=" + values + ", " + "min=" + min + ", " + "max=" + max + ", " + "step=" + step + ", " + "unit=" + unit + ", " + "defaultValue=" + defaultValue + "}";
  }
}
