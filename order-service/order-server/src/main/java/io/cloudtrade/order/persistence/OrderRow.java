package io.cloudtrade.order.persistence;

import java.time.Instant;

/** A row of purchase_order. */
public class OrderRow {
  /**
   * A new order for an instance another order bought: the instance, product, subscription, period
   * and renewal settings are the purchase's; price, configuration and catalog version are the
   * caller's to set.
   */
  public static OrderRow followingUp(OrderRow bought, long orderId, String clientToken, String requestHash, String orderType,
      String status, Instant now) {
    OrderRow o = new OrderRow();
    o.orderId = orderId;
    o.accountId = bought.accountId;
    o.clientToken = clientToken;
    o.requestHash = requestHash;
    o.orderType = orderType;
    o.status = status;
    o.productCode = bought.productCode;
    o.productType = bought.productType;
    o.subscriptionType = bought.subscriptionType;
    o.region = bought.region;
    o.instanceId = bought.instanceId;
    o.period = bought.period;
    o.periodUnit = bought.periodUnit;
    o.configJson = bought.configJson;
    o.catalogVersion = bought.catalogVersion;
    o.currency = bought.currency;
    o.renewalStatus = bought.renewalStatus;
    o.renewPeriod = bought.renewPeriod;
    // who pays and who sells stay the purchase's unless the order's own plan says otherwise (a refund has none)
    o.ruleVersion = bought.ruleVersion;
    o.resellerId = bought.resellerId;
    o.payerAccountId = bought.payerAccountId;
    o.seller = bought.seller;
    o.createdAt = now;
    o.updatedAt = now;
    return o;
  }

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
  /** changes: the instance's specification version the change was priced against */
  public Integer baseSpecVersion;
  public Instant windowStart;
  public Instant windowEnd;
  /** Downgrade, Refund: what goes back to the balance once the order is delivered */
  public Long refundMinor;
  public String failureReason;
  public Instant payingSince;
  /** Upgrade, Downgrade: Versioned or Direct (see GrayRule) */
  public String flow;
  /** the channel payment that paid the order, if one did */
  public Long channelPaymentId;
  /** Renew: the end time the renewal is meant to extend (automatic renewals), else null */
  public Instant expectedEndTime;
  /** The reseller rule version the order was decided under ({@code direct}; null: before reseller rules). */
  public String ruleVersion;
  public Long resellerId;
  /** Whose balance pays; null: the account's own. See {@link #payer()}. */
  public Long payerAccountId;
  /** The price the customer is shown, when the plan set one. */
  public Long customerPriceMinor;
  public Long resellerEarningMinor;
  public String seller;
  /** The plan's steps as run, comma-separated (reseller-rules' OrderSteps names); null or empty: none. */
  public String planSteps;
  /** An order held for approval is paid when approved. */
  public Boolean payOnApproval;

  /** The account whose balance pays for the order and takes its refunds. */
  public long payer() {
    return payerAccountId == null ? accountId : payerAccountId;
  }

  /** Whether the order's plan ran this step. */
  public boolean ranStep(String step) {
    return planSteps != null && java.util.Arrays.asList(planSteps.split(",")).contains(step);
  }
}
