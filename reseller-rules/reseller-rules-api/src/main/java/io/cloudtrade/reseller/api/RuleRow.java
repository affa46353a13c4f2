package io.cloudtrade.reseller.api;

import java.io.Serial;
import java.io.Serializable;

/** One row of a reseller's decision table. A row matches an order when every condition it states holds; the first matching row of a table decides. */
public class RuleRow implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** a product code, or * (or null) for any */
  private String product;
  /** comma-separated order types (New, Renew, Upgrade, Downgrade, TemporaryUpgrade), or * (or null) for any */
  private String orderTypes;
  /** inclusive lower bound of CloudTrade's price for the order (decimal), or null */
  private String minAmount;
  /** exclusive upper bound, or null */
  private String maxAmount;
  /** optional QLExpress4 boolean expression over the order's facts, run sandboxed with a time limit */
  private String when;
  /** what the table decides when the row matches; its type depends on the table */
  private String value;

  public String getProduct() {
    return product;
  }

  public RuleRow setProduct(String product) {
    this.product = product;
    return this;
  }

  public String getOrderTypes() {
    return orderTypes;
  }

  public RuleRow setOrderTypes(String orderTypes) {
    this.orderTypes = orderTypes;
    return this;
  }

  public String getMinAmount() {
    return minAmount;
  }

  public RuleRow setMinAmount(String minAmount) {
    this.minAmount = minAmount;
    return this;
  }

  public String getMaxAmount() {
    return maxAmount;
  }

  public RuleRow setMaxAmount(String maxAmount) {
    this.maxAmount = maxAmount;
    return this;
  }

  public String getWhen() {
    return when;
  }

  public RuleRow setWhen(String when) {
    this.when = when;
    return this;
  }

  public String getValue() {
    return value;
  }

  public RuleRow setValue(String value) {
    this.value = value;
    return this;
  }

  @Override
  public String toString() {
    return "RuleRow{" + "product=" + product + ", " + "orderTypes=" + orderTypes + ", " + "minAmount=" + minAmount + ", " + "maxAmount=" + maxAmount + ", " + "when=" + when + ", " + "value=" + value + "}";
  }
}
