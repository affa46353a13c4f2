package io.cloudtrade.order.persistence;

import java.time.Instant;

/** A row of purchase_order. */
public class OrderRow {
  public long orderId;
  public long accountId;
  public String clientToken;
  public String requestHash;
  public String orderType;
  public String status;
  public String productCode;
  public String productType;
  public String subscriptionType;
  public String region;
  public String instanceId;
  public int period;
  public String periodUnit;
  public String configJson;
  public String catalogVersion;
  public String quoteJson;
  public long listPriceMinor;
  public long discountMinor;
  public long amountMinor;
  public String currency;
  public String renewalStatus;
  public Integer renewPeriod;
  public Instant createdAt;
  public Instant paidAt;
  public Instant updatedAt;
}
