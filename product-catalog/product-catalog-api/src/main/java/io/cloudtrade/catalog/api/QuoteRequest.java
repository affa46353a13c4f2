package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/** What to price: a product, a configuration, a subscription and a period. */
public class QuoteRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String productCode;
  /** {@code Subscription} (prepaid) or {@code PayAsYouGo} */
  private String subscriptionType;
  /** number of period units; 1 for pay-as-you-go (priced per hour) */
  private int period;
  /** {@code Month}, {@code Year} or {@code Hour} */
  private String periodUnit;
  /** attribute code to value; missing attributes take their defaults */
  private Map<String, String> config;

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

  @Override
  public String toString() {
    return "QuoteRequest{" + "productCode=" + productCode + ", " + "subscriptionType=" + subscriptionType + ", " + "period=" + period + ", " + "periodUnit=" + periodUnit + ", " + "config=" + config + "}";
  }
}
