package io.cloudtrade.order.application;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.persistence.ConfigJson;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.cloudtrade.reseller.api.CreditRequest;
import io.cloudtrade.reseller.api.OrderPlan;
import io.cloudtrade.reseller.api.OrderPlanRequest;
import io.cloudtrade.reseller.api.OrderSteps;
import io.cloudtrade.reseller.api.ResellerService;
import java.util.HashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Asks reseller rules for an order's plan and runs the plan's steps, in the plan's order. The order
 * flow knows the steps ({@link OrderSteps}), not resellers: who pays, what is charged, whether the
 * order waits for an approval and whether credit is used are all the plan's. A direct customer's
 * plan has no steps.
 *
 * <ul>
 *   <li>{@code PRICE_ADJUSTMENT}: the order is charged the plan's amount instead of CloudTrade's price.
 *   <li>{@code CREDIT_CHECK}: the charge is reserved against the customer's credit quota (reference
 *       {@code order-<id>}) before the order is written; refused: nothing is written. The credit is given
 *       back when the order is cancelled, fails or is refunded ({@link #releaseCredit}).
 *   <li>{@code APPROVAL}: the order is written PendingApproval and paid once its reseller approves.
 *   <li>{@code NOTIFY_RESELLER}: the order's events say so; reseller rules sends them to the reseller.
 * </ul>
 */
@Service
public class ResellerPlan {
  private static final Logger log = LoggerFactory.getLogger(ResellerPlan.class);

  private final ResellerService resellers;
  private final OrderMapper orders;

  public ResellerPlan(ResellerService resellers, OrderMapper orders) {
    this.resellers = resellers;
    this.orders = orders;
  }

  /**
   * Plans a new order (not yet written) and runs the steps due before it is written, changing the
   * row accordingly: payer, amounts, seller, rule version, initial status.
   *
   * @return null when the order may be written; else the rejection (nothing is left reserved)
   */
  Outcome<?> prepare(OrderRow order, boolean payNow) {
    Outcome<OrderPlan> planned = resellers.planOrder(new OrderPlanRequest()
        .setAccountId(order.accountId)
        .setOrderId(order.orderId)
        .setOrderType(order.orderType)
        .setProductCode(order.productCode)
        .setRegion(order.region)
        .setSubscriptionType(order.subscriptionType)
        .setPeriod(order.period)
        .setPeriodUnit(order.periodUnit)
        .setConfig(new HashMap<>(ConfigJson.read(order.configJson)))
        .setQuotedAmount(Money.ofMinor(order.amountMinor, order.currency)));
    if (!planned.isOk()) {
      return planned;
    }
    OrderPlan plan = planned.value();
    order.ruleVersion = plan.getRuleVersion();
    order.resellerId = plan.getResellerId();
    order.payerAccountId = plan.getPayerAccountId() == order.accountId ? null : plan.getPayerAccountId();
    order.seller = plan.getSeller();
    order.customerPriceMinor = minorIn(plan.getCustomerPrice(), order.currency);
    order.resellerEarningMinor = minorIn(plan.getResellerEarning(), order.currency);
    order.planSteps = plan.getSteps() == null ? "" : String.join(",", plan.getSteps());
    for (String step : plan.getSteps() == null ? java.util.List.<String>of() : plan.getSteps()) {
      switch (step) {
        case OrderSteps.PRICE_ADJUSTMENT -> order.amountMinor = minorIn(plan.getChargeAmount(), order.currency);
        case OrderSteps.CREDIT_CHECK -> {
          Outcome<Boolean> reserved = order.amountMinor <= 0 ? Outcome.ok(true) : resellers.reserveCredit(credit(order, order.amountMinor, null));
          if (!reserved.isOk()) {
            return reserved;
          }
        }
        case OrderSteps.APPROVAL -> {
          order.status = OrderState.PENDING_APPROVAL.wire();
          order.payOnApproval = payNow;
        }
        case OrderSteps.NOTIFY_RESELLER -> { } // carried by the order's events
        default -> {
          unprepare(order, "unknown-step");
          throw new IllegalStateException("reseller rules asked for an unknown order step " + step + " (order " + order.orderId + ")");
        }
      }
    }
    return null;
  }

  /** Undoes what {@link #prepare} reserved for an order that was not written after all. */
  void unprepare(OrderRow order, String why) {
    releaseCredit(order, order.amountMinor, why);
  }

  /**
   * Gives back credit the order's CREDIT_CHECK step reserved: {@code minor} of it (capped by reseller
   * rules at what is still held), once per {@code why}. The money of a Refund or a Downgrade comes out
   * of what the instance's purchase paid, so their credit goes back to the purchase's reservation (one
   * of a renewal is not touched: what it holds stays used until the quota is reset).
   */
  void releaseCredit(OrderRow order, long minor, String why) {
    OrderRow reserving = order;
    String release = why;
    if ("Refund".equals(order.orderType) || "Downgrade".equals(order.orderType)) {
      reserving = orders.findPurchaseOfInstance(order.accountId, order.instanceId);
      release = why + "-" + order.orderId;
    }
    if (minor <= 0 || reserving == null || !reserving.ranStep(OrderSteps.CREDIT_CHECK)) {
      return;
    }
    Outcome<Boolean> released = resellers.releaseCredit(credit(reserving, minor, release));
    if (!released.isOk()) {
      throw new IllegalStateException("could not give back the credit of order " + order.orderId + ": " + released.code() + " " + released.message());
    }
    log.info("gave back credit {} of order {}: {}", Money.ofMinor(minor, order.currency), order.orderId, why);
  }

  private static CreditRequest credit(OrderRow order, long minor, String why) {
    return new CreditRequest()
        .setCustomerId(order.accountId)
        .setReference("order-" + order.orderId)
        .setRelease(why)
        .setAmount(Money.ofMinor(minor, order.currency));
  }

  private static Long minorIn(Money m, String currency) {
    if (m == null) {
      return null;
    }
    if (!m.currency().equals(currency)) {
      throw new IllegalStateException("reseller rules answered " + m + " for an order in " + currency);
    }
    return m.minor();
  }
}
