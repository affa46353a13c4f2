package io.cloudtrade.catalog.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/** The prorated price of a change; see {@link ChangeQuoteRequest}. */
public class ChangeQuote implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String changeType;
  /** the version both specifications were priced under */
  private String catalogVersion;
  /** the new specification, defaults filled in and validated (null for a refund) */
  private Map<String, String> newConfig;
  /** the whole paid period under the old specification (null for a refund) */
  private Money oldPrice;
  /** the whole paid period under the new specification (null for a refund) */
  private Money newPrice;
  /** what the customer pays (Upgrade, TemporaryUpgrade) or gets back (Downgrade, Refund); never negative */
  private Money amount;
  /** true when {@code amount} goes back to the customer */
  private boolean refund;
  /** the proration applied, for the order's record, e.g. {@code (P_new - P_old) x remaining / length} */
  private String formula;

  public String getChangeType() {
    return changeType;
  }

  public ChangeQuote setChangeType(String changeType) {
    this.changeType = changeType;
    return this;
  }

  public String getCatalogVersion() {
    return catalogVersion;
  }

  public ChangeQuote setCatalogVersion(String catalogVersion) {
    this.catalogVersion = catalogVersion;
    return this;
  }

  public Map<String, String> getNewConfig() {
    return newConfig;
  }

  public ChangeQuote setNewConfig(Map<String, String> newConfig) {
    this.newConfig = newConfig;
    return this;
  }

  public Money getOldPrice() {
    return oldPrice;
  }

  public ChangeQuote setOldPrice(Money oldPrice) {
    this.oldPrice = oldPrice;
    return this;
  }

  public Money getNewPrice() {
    return newPrice;
  }

  public ChangeQuote setNewPrice(Money newPrice) {
    this.newPrice = newPrice;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public ChangeQuote setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  public boolean isRefund() {
    return refund;
  }

  public ChangeQuote setRefund(boolean refund) {
    this.refund = refund;
    return this;
  }

  public String getFormula() {
    return formula;
  }

  public ChangeQuote setFormula(String formula) {
    this.formula = formula;
    return this;
  }

  @Override
  public String toString() {
    return "ChangeQuote{" + "changeType=" + changeType + ", " + "catalogVersion=" + catalogVersion + ", " + "newConfig=" + newConfig + ", " + "oldPrice=" + oldPrice + ", " + "newPrice=" + newPrice + ", " + "amount=" + amount + ", " + "refund=" + refund + ", " + "formula=" + formula + "}";
  }
}
