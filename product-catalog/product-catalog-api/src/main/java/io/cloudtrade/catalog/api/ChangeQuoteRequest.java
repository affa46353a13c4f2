package io.cloudtrade.catalog.api;

import io.cloudtrade.kernel.BusinessField;
import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** Prices a change inside a paid period: an upgrade, a downgrade, a temporary upgrade or a refund, prorated to the moment of the change. */
public class ChangeQuoteRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the buyer */
  @BusinessField("accountId")
  private long accountId;
  @BusinessField("productCode")
  private String productCode;
  /** {@code Upgrade}, {@code Downgrade}, {@code TemporaryUpgrade} or {@code Refund} */
  private String changeType;
  /** the catalog version the instance was agreed under; null for the one in force */
  private String catalogVersion;
  /** the specification in force */
  private Map<String, String> oldConfig;
  /** the specification asked for (null for a refund) */
  private Map<String, String> newConfig;
  /** start of the paid period */
  private Instant periodStart;
  /** end of the paid period */
  private Instant periodEnd;
  /** the moment of the change */
  private Instant at;
  /** TemporaryUpgrade only */
  private Instant windowStart;
  /** TemporaryUpgrade only */
  private Instant windowEnd;
  /** Refund only: what was paid for the period */
  private Money paid;

  public long getAccountId() {
    return accountId;
  }

  public ChangeQuoteRequest setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getProductCode() {
    return productCode;
  }

  public ChangeQuoteRequest setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getChangeType() {
    return changeType;
  }

  public ChangeQuoteRequest setChangeType(String changeType) {
    this.changeType = changeType;
    return this;
  }

  public String getCatalogVersion() {
    return catalogVersion;
  }

  public ChangeQuoteRequest setCatalogVersion(String catalogVersion) {
    this.catalogVersion = catalogVersion;
    return this;
  }

  public Map<String, String> getOldConfig() {
    return oldConfig;
  }

  public ChangeQuoteRequest setOldConfig(Map<String, String> oldConfig) {
    this.oldConfig = oldConfig;
    return this;
  }

  public Map<String, String> getNewConfig() {
    return newConfig;
  }

  public ChangeQuoteRequest setNewConfig(Map<String, String> newConfig) {
    this.newConfig = newConfig;
    return this;
  }

  public Instant getPeriodStart() {
    return periodStart;
  }

  public ChangeQuoteRequest setPeriodStart(Instant periodStart) {
    this.periodStart = periodStart;
    return this;
  }

  public Instant getPeriodEnd() {
    return periodEnd;
  }

  public ChangeQuoteRequest setPeriodEnd(Instant periodEnd) {
    this.periodEnd = periodEnd;
    return this;
  }

  public Instant getAt() {
    return at;
  }

  public ChangeQuoteRequest setAt(Instant at) {
    this.at = at;
    return this;
  }

  public Instant getWindowStart() {
    return windowStart;
  }

  public ChangeQuoteRequest setWindowStart(Instant windowStart) {
    this.windowStart = windowStart;
    return this;
  }

  public Instant getWindowEnd() {
    return windowEnd;
  }

  public ChangeQuoteRequest setWindowEnd(Instant windowEnd) {
    this.windowEnd = windowEnd;
    return this;
  }

  public Money getPaid() {
    return paid;
  }

  public ChangeQuoteRequest setPaid(Money paid) {
    this.paid = paid;
    return this;
  }

  @Override
  public String toString() {
    return "ChangeQuoteRequest{" + "accountId=" + accountId + ", " + "productCode=" + productCode + ", " + "changeType=" + changeType + ", " + "catalogVersion=" + catalogVersion + ", " + "oldConfig=" + oldConfig + ", " + "newConfig=" + newConfig + ", " + "periodStart=" + periodStart + ", " + "periodEnd=" + periodEnd + ", " + "at=" + at + ", " + "windowStart=" + windowStart + ", " + "windowEnd=" + windowEnd + ", " + "paid=" + paid + "}";
  }
}
