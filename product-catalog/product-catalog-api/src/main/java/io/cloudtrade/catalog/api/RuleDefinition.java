package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A constraint rule: when {@code when} holds, {@code then} must hold; for ONLY_IN_REGIONS,
 * {@code regions} lists where the matching values are sold (and {@code then} is left null).
 */
public class RuleDefinition implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** stable rule code, reported in violations */
  private String code;
  /** {@code ONLY_IN_REGIONS}, {@code REQUIRES} or {@code RANGE_WHEN} */
  private String kind;
  private ConditionDefinition when;
  /** null for ONLY_IN_REGIONS */
  private ConditionDefinition then;
  /** for ONLY_IN_REGIONS only */
  private List<String> regions;

  public String getCode() {
    return code;
  }

  public RuleDefinition setCode(String code) {
    this.code = code;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public RuleDefinition setKind(String kind) {
    this.kind = kind;
    return this;
  }

  public ConditionDefinition getWhen() {
    return when;
  }

  public RuleDefinition setWhen(ConditionDefinition when) {
    this.when = when;
    return this;
  }

  public ConditionDefinition getThen() {
    return then;
  }

  public RuleDefinition setThen(ConditionDefinition then) {
    this.then = then;
    return this;
  }

  public List<String> getRegions() {
    return regions;
  }

  public RuleDefinition setRegions(List<String> regions) {
    this.regions = regions;
    return this;
  }

  @Override
  public String toString() {
    return "RuleDefinition{" + "code=" + code + ", " + "kind=" + kind + ", " + "when=" + when + ", " + "then=" + then + ", " + "regions=" + regions + "}";
  }
}
