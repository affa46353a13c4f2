package io.cloudtrade.order.application;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.cloudtrade.payment.api.BalancePaymentRequest;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.Payment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * What every order type shares once its order row exists: paying it from the balance and announcing
 * it, and continuing an order found again under its ClientToken.
 *
 * <p>Money moves before the order is marked paid; if this process dies in between, the payment is
 * already recorded under the order id, and the next attempt (the client's retry with the same token)
 * finds it instead of paying again, then marks the order paid.
 */
@Service
public class OrderPayment {
  private final OrderMapper orders;
  private final BalanceService balances;
  private final OrderPaidAnnouncer announcer;

  public OrderPayment(OrderMapper orders, BalanceService balances, OrderPaidAnnouncer announcer) {
    this.orders = orders;
    this.balances = balances;
    this.announcer = announcer;
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
   * Inserts a new order and pays it if asked. When a concurrent request with the same ClientToken
   * inserted first (the UNIQUE key says so), this one continues that order instead.
   */
  Outcome<PlacedOrder> submit(OrderRow order, boolean payNow) {
    try {
      orders.insert(order);
    } catch (DuplicateKeyException sameTokenConcurrently) {
      return resume(orders.findByClientToken(order.accountId, order.clientToken), order.requestHash, payNow);
    }
    return payNow ? pay(order) : Outcome.ok(placed(order));
  }

  /** Pays an unpaid order from the balance and announces it; the order as it is afterwards. */
  Outcome<PlacedOrder> pay(OrderRow order) {
    Outcome<Payment> paid = balances.payFromBalance(new BalancePaymentRequest()
        .setAccountId(order.accountId)
        .setOrderId(order.orderId)
        .setAmount(Money.ofMinor(order.amountMinor, order.currency)));
    if (!paid.isOk()) {
      return Outcome.rejectedAs(paid);
    }
    announcer.markPaidAndAnnounce(order);
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
    if (payNow && OrderState.UNPAID.wire().equals(existing.status)) {
      return pay(existing);
    }
    return Outcome.ok(placed(existing));
  }

  static PlacedOrder placed(OrderRow o) {
    return new PlacedOrder()
        .setOrderId(o.orderId)
        .setInstanceId(o.instanceId)
        .setStatus(o.status)
        .setAmount(Money.ofMinor(o.amountMinor, o.currency));
  }
}
