package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A condition of a rule: the attribute is one of {@code values} (an entry ending in {@code *}
 * matches by prefix), or a whole number within {@code [min, max]} (either bound may be null).
 */
public class ConditionDefinition implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String attribute;
  /** the values to match; null for a range condition */
  private List<String> values;
  /** inclusive lower bound of a range condition */
  private Long min;
  /** inclusive upper bound of a range condition */
  private Long max;

  public String getAttribute() {
    return attribute;
  }

  public ConditionDefinition setAttribute(String attribute) {
    this.attribute = attribute;
    return this;
  }

  public List<String> getValues() {
    return values;
  }

  public ConditionDefinition setValues(List<String> values) {
    this.values = values;
    return this;
  }

  public Long getMin() {
    return min;
  }

  public ConditionDefinition setMin(Long min) {
    this.min = min;
    return this;
  }

  public Long getMax() {
    return max;
  }

  public ConditionDefinition setMax(Long max) {
    this.max = max;
    return this;
  }

  @Override
  public String toString() {
    return "ConditionDefinition{" + "attribute=" + attribute + ", " + "values=" + values + ", " + "min=" + min + ", " + "max=" + max + "}";
  }
}
