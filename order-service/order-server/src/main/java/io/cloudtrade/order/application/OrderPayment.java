package io.cloudtrade.order.application;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.cloudtrade.order.persistence.OrderTransitions;
import io.cloudtrade.payment.api.BalancePaymentRequest;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.DepositRequest;
import io.cloudtrade.payment.api.Payment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every paid order type shares once its order row exists: paying it from the balance and
 * announcing it, and continuing an order found again under its ClientToken.
 *
 * <p>Paying first claims the order (Unpaid -> Paying, a conditional update), so exactly one request
 * charges it and a cancellation cannot slip in between the debit and Paid. Money moves before the
 * order is marked Paid; if this process dies in between, the payment is recorded under the order id
 * and the payment timeout (see {@link CancelUnpaidOrders}) finds it and completes the order. Should a
 * debit land on an order cancelled meanwhile, the money goes straight back to the balance.
 *
 * <p>A request that finds its ClientToken's order being paid by another request waits a moment
 * for it to settle and answers with the result; if it is still in flight then, it gets {@link
 * OrderErrors#ORDER_IN_PROGRESS} to retry, never a second order; an order whose payer died is
 * settled on the spot once the grace period is over.
 */
@Service
public class OrderPayment {
  private static final Logger log = LoggerFactory.getLogger(OrderPayment.class);

  private final OrderMapper orders;
  private final OrderTransitions transitions;
  private final BalanceService balances;
  private final OrderPaidAnnouncer announcer;
  private final OrderTimeouts timeouts;
  private final CancelUnpaidOrders stuck;
  private final TransactionTemplate tx;
  private final ResellerPlan plan;
  private final ApprovalAnnouncer approvals;
  private final Duration inFlightWait;
  private final Clock clock = Clock.systemUTC();

  public OrderPayment(OrderMapper orders, OrderTransitions transitions, BalanceService balances, OrderPaidAnnouncer announcer,
      OrderTimeouts timeouts, CancelUnpaidOrders stuck, TransactionTemplate tx, ResellerPlan plan, ApprovalAnnouncer approvals,
      @Value("${cloudtrade.order.in-flight-wait:PT3S}") Duration inFlightWait) {
    this.plan = plan;
    this.approvals = approvals;
    this.stuck = stuck;
    this.tx = tx;
    this.orders = orders;
    this.transitions = transitions;
    this.balances = balances;
    this.announcer = announcer;
    this.timeouts = timeouts;
    this.inFlightWait = inFlightWait;
  }

  /**
   * The answer for a request whose ClientToken is known already (see {@link #resume}), or null when
   * the token is new (or absent) and the request must be carried out.
   */
  Outcome<PlacedOrder> replayIfKnown(long accountId, String clientToken, String fingerprint, boolean payNow) {
    OrderRow existing = clientToken == null ? null : orders.findByClientToken(accountId, clientToken);
    return existing == null ? null : resume(existing, fingerprint, payNow);
  }

  /**
   * Inserts a new unpaid order and pays it if asked. Reseller rules plan it first ({@link
   * ResellerPlan}: who pays, what is charged, credit, approval); a rejected plan writes nothing. Its
   * payment timeout is scheduled before the insert, so no unpaid order exists without one (a timeout
   * for an order that was never written finds nothing). When a concurrent request with the same
   * ClientToken inserted first (the UNIQUE key says so), this one gives back what its plan reserved
   * and continues that order instead. An order held for approval is written with its
   * ApprovalRequested announcement and answered as it is (paid later, when approved).
   */
  Outcome<PlacedOrder> submit(OrderRow order, boolean payNow) {
    return submit(order, payNow, null);
  }

  /**
   * As {@link #submit(OrderRow, boolean)}, with {@code inSameTransaction} committed together with
   * the order (e.g. the instance's change claim); whatever it throws rolls the order back and is
   * rethrown.
   */
  Outcome<PlacedOrder> submit(OrderRow order, boolean payNow, Runnable inSameTransaction) {
    Outcome<?> refused = plan.prepare(order, payNow);
    if (refused != null) {
      return Outcome.rejectedAs(refused);
    }
    OrderRow first;
    try {
      timeouts.schedule(order.orderId);
      first = OrderState.PENDING_APPROVAL.wire().equals(order.status)
          ? approvals.insertHeldAndAnnounce(order, () -> insert(order, inSameTransaction))
          : insert(order, inSameTransaction);
    } catch (RuntimeException notWritten) {
      plan.unprepare(order, "not-written");
      throw notWritten;
    }
    if (first != null) {
      plan.unprepare(order, "not-written");
      return resume(first, order.requestHash, payNow);
    }
    return payNow && OrderState.UNPAID.wire().equals(order.status) ? pay(order) : Outcome.ok(placed(order));
  }

  /**
   * Inserts the order, with {@code inSameTransaction} (may be null) in its transaction.
   *
   * @return null when inserted; the order stored under the same ClientToken when a concurrent
   *     request inserted first
   */
  OrderRow insert(OrderRow order, Runnable inSameTransaction) {
    try {
      tx.executeWithoutResult(status -> {
        orders.insert(order);
        if (inSameTransaction != null) {
          inSameTransaction.run();
        }
      });
      return null;
    } catch (DuplicateKeyException sameTokenConcurrently) {
      return orders.findByClientToken(order.accountId, order.clientToken);
    }
  }

  /**
   * Pays an unpaid order from the balance and announces it; the order as it is afterwards. An order
   * another request is paying is waited for.
   */
  Outcome<PlacedOrder> pay(OrderRow order) {
    Instant now = now();
    if (!transitions.move(order.orderId, OrderState.UNPAID, OrderState.PAYING, now)) {
      return awaitSettled(order.orderId, true);
    }
    if (order.amountMinor > 0) {
      Outcome<Payment> paid = balances.payFromBalance(new BalancePaymentRequest()
          .setAccountId(order.payer())
          .setOrderId(order.orderId)
          .setAmount(Money.ofMinor(order.amountMinor, order.currency)));
      if (!paid.isOk()) {
        transitions.move(order.orderId, OrderState.PAYING, OrderState.UNPAID, now());
        return Outcome.rejectedAs(paid);
      }
    }
    if (!announcer.markPaidAndAnnounce(order)) {
      OrderRow after = orders.find(order.orderId);
      if (OrderState.CANCELLED.wire().equals(after.status)) {
        giveBack(after, "cancelled-while-paying", "the order was cancelled while it was being paid");
        return Outcome.rejected(OrderErrors.ORDER_NOT_PAYABLE, "order " + order.orderId + " was cancelled; the payment went back to the balance");
      }
    }
    return Outcome.ok(placed(orders.find(order.orderId)));
  }

  /**
   * An order found again under its ClientToken: refused if the request differs, else continued from
   * where it is (paid now if it is still unpaid and payment is asked for).
   */
  Outcome<PlacedOrder> resume(OrderRow existing, String fingerprint, boolean payNow) {
    if (!existing.requestHash.equals(fingerprint)) {
      return Outcome.rejected(OrderErrors.IDEMPOTENT_PARAMETER_MISMATCH,
          "ClientToken " + existing.clientToken + " was used before with other parameters");
    }
    if (OrderState.PAYING.wire().equals(existing.status)) {
      return awaitSettled(existing.orderId, payNow);
    }
    if (payNow && OrderState.UNPAID.wire().equals(existing.status)) {
      return pay(existing);
    }
    return Outcome.ok(placed(existing));
  }

  /**
   * Waits (briefly) for another request's payment of the order to settle and answers with the
   * order as it is then; pays it if that payment was refused and this request asks to pay.
   */
  Outcome<PlacedOrder> awaitSettled(long orderId, boolean payNow) {
    long deadline = System.nanoTime() + inFlightWait.toNanos();
    while (true) {
      OrderRow o = orders.find(orderId);
      if (OrderState.UNPAID.wire().equals(o.status)) {
        return payNow ? pay(o) : Outcome.ok(placed(o));
      }
      if (!OrderState.PAYING.wire().equals(o.status)) {
        return Outcome.ok(placed(o));
      }
      if (stuck.settleIfStuck(o)) {
        continue; // its payer died: settled from the payment record, look again
      }
      if (System.nanoTime() > deadline) {
        return Outcome.rejected(OrderErrors.ORDER_IN_PROGRESS,
            "order " + orderId + " is being paid by another request with the same ClientToken; retry later");
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for order " + orderId, e);
      }
    }
  }

  /**
   * Puts money of an order back on its payer's balance, once per (order, why): the deposit's
   * reference makes a repeat a no-op. Credit the order used is given back with it.
   */
  void giveBack(OrderRow order, String why, String description) {
    giveBack(order, order.amountMinor, why, description);
  }

  void giveBack(OrderRow order, long minor, String why, String description) {
    if (minor <= 0) {
      return;
    }
    plan.releaseCredit(order, minor, why);
    Outcome<?> back = balances.deposit(new DepositRequest()
        .setAccountId(order.payer())
        .setAmount(Money.ofMinor(minor, order.currency))
        .setReference("order-" + order.orderId + "-" + why));
    if (!back.isOk()) {
      throw new IllegalStateException("could not give back " + minor + " of order " + order.orderId + " (" + description + "): "
          + back.code() + " " + back.message());
    }
    log.info("gave back {} of order {}: {}", Money.ofMinor(minor, order.currency), order.orderId, description);
  }

  /**
   * Takes back from the reseller what a refund order says it earned on the refunded money (a negative
   * {@code resellerEarningMinor}), once: the payment is keyed by the refund order. A reseller whose
   * balance does not cover it is logged as an ALERT for operators (the refund to the customer
   * stands).
   */
  void takeBackEarning(OrderRow refund) {
    if (refund.resellerId == null || refund.resellerEarningMinor == null || refund.resellerEarningMinor >= 0) {
      return;
    }
    Money back = Money.ofMinor(-refund.resellerEarningMinor, refund.currency);
    Outcome<Payment> taken = balances.payFromBalance(new BalancePaymentRequest()
        .setAccountId(refund.resellerId)
        .setOrderId(refund.orderId)
        .setAmount(back));
    if (taken.isOk()) {
      log.info("took back {} of reseller {}'s earning for refund order {}", back, refund.resellerId, refund.orderId);
    } else {
      log.warn("ALERT reseller earning not taken back reseller={} refundOrder={} amount={}: {} {}", refund.resellerId,
          refund.orderId, back, taken.code(), taken.message());
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  static PlacedOrder placed(OrderRow o) {
    return new PlacedOrder()
        .setOrderId(o.orderId)
        .setInstanceId(o.instanceId)
        .setStatus(o.status)
        .setAmount(Money.ofMinor(o.amountMinor, o.currency));
  }
}
