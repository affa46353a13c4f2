package io.cloudtrade.order.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** What renewing an instance costs: priced under the catalog version its order was agreed under when the product's renewal policy is AGREED, under the version in force when it is CURRENT. */
public class RenewalPrice implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String instanceId;
  /** the order that bought the instance */
  private long orderId;
  /** the catalog version the renewal is priced under */
  private String catalogVersion;
  /** true when that is the version the order was agreed under */
  private boolean pinned;
  private int period;
  private String periodUnit;
  private List<PriceLine> lines;
  private List<PriceLine> discounts;
  private Money listPrice;
  private Money discount;
  /** what the renewal costs */
  private Money amount;

  public String getInstanceId() {
    return instanceId;
  }

  public RenewalPrice setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  public long getOrderId() {
    return orderId;
  }

  public RenewalPrice setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public String getCatalogVersion() {
    return catalogVersion;
  }

  public RenewalPrice setCatalogVersion(String catalogVersion) {
    this.catalogVersion = catalogVersion;
    return this;
  }

  public boolean isPinned() {
    return pinned;
  }

  public RenewalPrice setPinned(boolean pinned) {
    this.pinned = pinned;
    return this;
  }

  public int getPeriod() {
    return period;
  }

  public RenewalPrice setPeriod(int period) {
    this.period = period;
    return this;
  }

  public String getPeriodUnit() {
    return periodUnit;
  }

  public RenewalPrice setPeriodUnit(String periodUnit) {
    this.periodUnit = periodUnit;
    return this;
  }

  public List<PriceLine> getLines() {
    return lines;
  }

  public RenewalPrice setLines(List<PriceLine> lines) {
    this.lines = lines;
    return this;
  }

  public List<PriceLine> getDiscounts() {
    return discounts;
  }

  public RenewalPrice setDiscounts(List<PriceLine> discounts) {
    this.discounts = discounts;
    return this;
  }

  public Money getListPrice() {
    return listPrice;
  }

  public RenewalPrice setListPrice(Money listPrice) {
    this.listPrice = listPrice;
    return this;
  }

  public Money getDiscount() {
    return discount;
  }

  public RenewalPrice setDiscount(Money discount) {
    this.discount = discount;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public RenewalPrice setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  @Override
  public String toString() {
    return "RenewalPrice{" + "instanceId=" + instanceId + ", " + "orderId=" + orderId + ", " + "catalogVersion=" + catalogVersion + ", " + "pinned=" + pinned + ", " + "period=" + period + ", " + "periodUnit=" + periodUnit + ", " + "lines=" + lines + ", " + "discounts=" + discounts + ", " + "listPrice=" + listPrice + ", " + "discount=" + discount + ", " + "amount=" + amount + "}";
  }
}
