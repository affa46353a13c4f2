package io.cloudtrade.order.application;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.order.persistence.ConfigJson;
import io.cloudtrade.order.persistence.OrderRow;
import java.time.Instant;

/** The event that hands an order to instance lifecycle (OrderPaid, or RefundRequested for a Refund). */
public final class OrderEventPayload {
  private OrderEventPayload() {}

  public static OrderPaidEvent of(OrderRow order, Instant at) {
    return new OrderPaidEvent()
        .setOrderId(order.orderId)
        .setAccountId(order.accountId)
        .setOrderType(order.orderType)
        .setInstanceId(order.instanceId)
        .setProductCode(order.productCode)
        .setProductType(order.productType)
        .setRegion(order.region)
        .setSubscriptionType(order.subscriptionType)
        .setPeriod(order.period)
        .setPeriodUnit(order.periodUnit)
        .setConfig(ConfigJson.read(order.configJson))
        .setRenewalStatus(order.renewalStatus)
        .setAmount("Refund".equals(order.orderType) && order.refundMinor != null
            ? Money.ofMinor(order.refundMinor, order.currency)
            : Money.ofMinor(order.amountMinor, order.currency))
        .setPaidAt(at)
        .setBaseSpecVersion(order.baseSpecVersion == null ? 0 : order.baseSpecVersion)
        .setWindowStart(order.windowStart)
        .setWindowEnd(order.windowEnd)
        .setFlow(order.flow)
        .setExpectedEndTime(order.expectedEndTime)
        .setRuleVersion(order.ruleVersion)
        .setResellerId(order.resellerId)
        .setPayerAccountId(order.payerAccountId)
        .setResellerEarning(order.resellerEarningMinor == null ? null : Money.ofMinor(order.resellerEarningMinor, order.currency))
        .setNotifyReseller(order.ranStep(io.cloudtrade.reseller.api.OrderSteps.NOTIFY_RESELLER))
        .setSeller(order.seller);
  }
}
