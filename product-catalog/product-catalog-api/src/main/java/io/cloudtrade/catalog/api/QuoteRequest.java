package io.cloudtrade.catalog.api;

import io.cloudtrade.kernel.BusinessField;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/**
 * What to price: a product, a configuration, a subscription and a period; optionally for an
 * account, with a coupon, or pinned to a catalog version. Fields after {@code config} were added
 * later and may be null (older clients).
 */
public class QuoteRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @BusinessField("productCode")
  private String productCode;
  /** {@code Subscription} (prepaid) or {@code PayAsYouGo} */
  private String subscriptionType;
  /** number of period units; 1 for pay-as-you-go (priced per hour) */
  private int period;
  /** {@code Month}, {@code Year} or {@code Hour} */
  private String periodUnit;
  /** attribute code to value; missing attributes take their defaults */
  private Map<String, String> config;
  /**
   * the account the quote is for, or null; promotions limited to some accounts apply only when it
   * is set and listed
   */
  @BusinessField("accountId")
  private Long accountId;
  /**
   * a coupon code, or null. An unknown, expired or not applicable coupon (other product, minimum
   * spend not reached) rejects the quote with {@link CatalogErrors#INVALID_COUPON}. The catalog only
   * prices a coupon: redeeming it once per account is the order service's job, when the order is
   * placed.
   */
  private String couponCode;
  /**
   * a catalog version name (e.g. {@code ecs-2026.11.1}) to price under exactly that published or
   * retired version instead of the one in force, or null. This is how a renewal at the agreed price
   * is priced: a pinned quote counts as a renewal, so promotions for new purchases do not apply and
   * stock-outs are not checked (the resource already exists). An unknown version, a version of
   * another product or one not yet in force is {@link CatalogErrors#INVALID_CATALOG_VERSION}.
   */
  private String catalogVersion;

  public String getProductCode() {
    return productCode;
  }

  public QuoteRequest setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getSubscriptionType() {
    return subscriptionType;
  }

  public QuoteRequest setSubscriptionType(String subscriptionType) {
    this.subscriptionType = subscriptionType;
    return this;
  }

  public int getPeriod() {
    return period;
  }

  public QuoteRequest setPeriod(int period) {
    this.period = period;
    return this;
  }

  public String getPeriodUnit() {
    return periodUnit;
  }

  public QuoteRequest setPeriodUnit(String periodUnit) {
    this.periodUnit = periodUnit;
    return this;
  }

  public Map<String, String> getConfig() {
    return config;
  }

  public QuoteRequest setConfig(Map<String, String> config) {
    this.config = config;
    return this;
  }

  public Long getAccountId() {
    return accountId;
  }

  public QuoteRequest setAccountId(Long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getCouponCode() {
    return couponCode;
  }

  public QuoteRequest setCouponCode(String couponCode) {
    this.couponCode = couponCode;
    return this;
  }

  public String getCatalogVersion() {
    return catalogVersion;
  }

  public QuoteRequest setCatalogVersion(String catalogVersion) {
    this.catalogVersion = catalogVersion;
    return this;
  }

  @Override
  public String toString() {
    return "QuoteRequest{" + "productCode=" + productCode + ", " + "subscriptionType=" + subscriptionType + ", " + "period=" + period + ", " + "periodUnit=" + periodUnit + ", " + "config=" + config + ", accountId=" + accountId + ", couponCode=" + couponCode + ", catalogVersion=" + catalogVersion + "}";
  }
}
