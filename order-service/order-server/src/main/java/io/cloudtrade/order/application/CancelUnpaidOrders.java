package io.cloudtrade.order.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.cloudtrade.order.persistence.OrderTransitions;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.Payment;
import io.cloudtrade.payment.api.PaymentErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Cancels unpaid orders: by the customer (BSS CancelOrder), and when an order's payment timer
 * fires. Only an Unpaid order is cancelled; Paying is settled from the payment record.
 */
@Service
public class CancelUnpaidOrders {
  private static final Logger log = LoggerFactory.getLogger(CancelUnpaidOrders.class);
  static final String TIMED_OUT = "the payment time ran out";
  static final String APPROVAL_TIMED_OUT = "the reseller did not approve the order in time";

  private final OrderMapper orders;
  private final OrderTransitions transitions;
  private final BalanceService balances;
  private final OrderPaidAnnouncer announcer;
  private final InstanceChangeClaims claims;
  private final ResellerPlan plan;
  private final Duration payingGrace;
  private final Clock clock = Clock.systemUTC();

  public CancelUnpaidOrders(OrderMapper orders, OrderTransitions transitions, BalanceService balances,
      OrderPaidAnnouncer announcer, InstanceChangeClaims claims, ResellerPlan plan,
      @Value("${cloudtrade.order.paying-grace:PT1M}") Duration payingGrace) {
    this.plan = plan;
    this.orders = orders;
    this.transitions = transitions;
    this.balances = balances;
    this.announcer = announcer;
    this.claims = claims;
    this.payingGrace = payingGrace;
  }

  /**
   * The customer cancels an order (Unpaid, or still waiting for its reseller's approval). A cancelled
   * order is returned unchanged (and credit it still held is given back: a cancellation whose release
   * failed is completed by its repeat).
   */
  public Outcome<PlacedOrder> cancelOrder(long accountId, long orderId) {
    OrderRow o = orders.find(orderId);
    if (o == null || o.accountId != accountId) {
      return Outcome.rejected(OrderErrors.ORDER_NOT_FOUND, "order " + orderId + " does not exist");
    }
    OrderState state = OrderState.ofWire(o.status);
    if ((state == OrderState.UNPAID || state == OrderState.PENDING_APPROVAL) && cancel(o, state, "cancelled by the customer")) {
      return Outcome.ok(OrderPayment.placed(orders.find(orderId)));
    }
    OrderRow now = orders.find(orderId);
    if (OrderState.CANCELLED.wire().equals(now.status)) {
      plan.releaseCredit(now, now.amountMinor, "cancelled");
      return Outcome.ok(OrderPayment.placed(now));
    }
    return Outcome.rejected(OrderErrors.ORDER_NOT_CANCELLABLE, "order " + orderId + " is " + now.status + ": only an unpaid order can be cancelled");
  }

  /**
   * The order's payment timer fired: an Unpaid order is cancelled, and so is one still waiting for
   * its reseller's approval; a Paying one that has been
   * paying for longer than the grace period is settled from the payment record (completed if the
   * money was taken, cancelled if not); a younger one is looked at again later (the exception makes
   * the broker redeliver the timer).
   */
  public void onPaymentTimeout(long orderId) {
    OrderRow o = orders.find(orderId);
    if (o == null) {
      return; // the order was never written (its insert failed after the timer was set)
    }
    OrderState state = OrderState.ofWire(o.status);
    if (state == OrderState.PENDING_APPROVAL) {
      if (!cancel(o, OrderState.PENDING_APPROVAL, APPROVAL_TIMED_OUT)) {
        onPaymentTimeout(orderId); // approved just now: look again
      }
      return;
    }
    if (state == OrderState.UNPAID) {
      if (!cancel(o, TIMED_OUT)) {
        onPaymentTimeout(orderId); // paid or claimed just now: look again
      }
      return;
    }
    if (state == OrderState.CANCELLED) {
      plan.releaseCredit(o, o.amountMinor, "cancelled"); // idempotent: completes a cancellation whose release failed
      return;
    }
    if (state != OrderState.PAYING) {
      return;
    }
    if (!settleIfStuck(o)) {
      throw new IllegalStateException("order " + orderId + " is being paid since " + o.payingSince + "; its timeout is looked at again later");
    }
  }

  /**
   * Settles an order left Paying for longer than the grace period (its payer died between the
   * Paying claim and Paid) from the payment record: completed if the money was taken, cancelled if
   * not (a payer that wakes up later finds it cancelled and gives the money back).
   *
   * @return false if the order is not Paying or is younger than the grace period (left alone)
   */
  public boolean settleIfStuck(OrderRow o) {
    if (!OrderState.PAYING.wire().equals(o.status)) {
      return false;
    }
    Instant since = o.payingSince == null ? o.updatedAt : o.payingSince;
    if (since.plus(payingGrace).isAfter(clock.instant())) {
      return false;
    }
    if (o.channelPaymentId != null) {
      // claimed for a channel payment that had succeeded: the money is taken, complete it
      log.info("order {} was left Paying for channel payment {}: completing it", o.orderId, o.channelPaymentId);
      announcer.markPaidAndAnnounce(o);
      return true;
    }
    Outcome<Payment> payment = balances.findPaymentOfOrder(o.payer(), o.orderId);
    if (payment.isOk()) {
      log.info("order {} was left Paying with its payment made: completing it", o.orderId);
      announcer.markPaidAndAnnounce(o);
    } else if (PaymentErrors.PAYMENT_NOT_FOUND.equals(payment.code())) {
      if (transitions.move(o.orderId, OrderState.PAYING, OrderState.CANCELLED, now(), TIMED_OUT + " while it was being paid")) {
        released(o);
      }
    } else {
      throw new IllegalStateException("cannot settle order " + o.orderId + ": " + payment.code() + " " + payment.message());
    }
    return true;
  }

  private boolean cancel(OrderRow o, String why) {
    return cancel(o, OrderState.UNPAID, why);
  }

  /** Cancels the order if it is still {@code from} (Unpaid, or PendingApproval); false if it is not. */
  boolean cancel(OrderRow o, OrderState from, String why) {
    if (!transitions.move(o.orderId, from, OrderState.CANCELLED, now(), why)) {
      return false;
    }
    log.info("order {} cancelled: {}", o.orderId, why);
    released(o);
    return true;
  }

  private void released(OrderRow o) {
    plan.releaseCredit(o, o.amountMinor, "cancelled");
    if (InstanceChangeClaims.CLAIMING_TYPES.contains(o.orderType)) {
      claims.release(o.instanceId, o.orderId);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
