package io.cloudtrade.order.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;

/** One explained line of a price: a module's list price, or a discount. */
public class PriceLine implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String moduleCode;
  private String description;
  private Money amount;

  public String getModuleCode() {
    return moduleCode;
  }

  public PriceLine setModuleCode(String moduleCode) {
    this.moduleCode = moduleCode;
    return this;
  }

  public String getDescription() {
    return description;
  }

  public PriceLine setDescription(String description) {
    this.description = description;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public PriceLine setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  @Override
  public String toString() {
    return "PriceLine{" + "moduleCode=" + moduleCode + ", " + "description=" + description + ", " + "amount=" + amount + "}";
  }
}
