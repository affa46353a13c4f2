package io.cloudtrade.catalog.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;

/** One explained line of a quote. */
public class QuoteLine implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the pricing module priced by this line */
  private String moduleCode;
  /** how the amount was computed, e.g. {@code ecs.g7.large 1 Month x 298.00} */
  private String description;
  private Money amount;

  public String getModuleCode() {
    return moduleCode;
  }

  public QuoteLine setModuleCode(String moduleCode) {
    this.moduleCode = moduleCode;
    return this;
  }

  public String getDescription() {
    return description;
  }

  public QuoteLine setDescription(String description) {
    this.description = description;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public QuoteLine setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  @Override
  public String toString() {
    return "QuoteLine{" + "moduleCode=" + moduleCode + ", " + "description=" + description + ", " + "amount=" + amount + "}";
  }
}
