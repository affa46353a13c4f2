package io.cloudtrade.reseller.api;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** A defined business model. */
public class BusinessModelView implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private BusinessModelDefinition definition;
  /** UTC */
  private Instant definedAt;

  public BusinessModelDefinition getDefinition() {
    return definition;
  }

  public BusinessModelView setDefinition(BusinessModelDefinition definition) {
    this.definition = definition;
    return this;
  }

  public Instant getDefinedAt() {
    return definedAt;
  }

  public BusinessModelView setDefinedAt(Instant definedAt) {
    this.definedAt = definedAt;
    return this;
  }

  @Override
  public String toString() {
    return "BusinessModelView{" + "definition=" + definition + ", " + "definedAt=" + definedAt + "}";
  }
}
