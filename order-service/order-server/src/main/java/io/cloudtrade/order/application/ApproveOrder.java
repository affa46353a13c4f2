package io.cloudtrade.order.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.ApproveOrderCommand;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.cloudtrade.order.persistence.OrderTransitions;
import io.cloudtrade.reseller.api.OrderSteps;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

/**
 * A reseller's decision on an order its rules held for approval (the plan's APPROVAL step).
 * Approving moves it PendingApproval -> Unpaid (a conditional update) and pays it if it was placed to
 * be paid at once; rejecting cancels it and gives its credit back. An order whose reseller is not the
 * caller is "not found": a reseller learns nothing of other resellers' orders. Deciding again the way
 * the order was decided returns it unchanged; the other way is refused.
 */
@Service
public class ApproveOrder {
  private final OrderMapper orders;
  private final OrderTransitions transitions;
  private final CancelUnpaidOrders cancel;
  private final OrderPayment payment;
  private final Clock clock = Clock.systemUTC();

  public ApproveOrder(OrderMapper orders, OrderTransitions transitions, CancelUnpaidOrders cancel, OrderPayment payment) {
    this.orders = orders;
    this.transitions = transitions;
    this.cancel = cancel;
    this.payment = payment;
  }

  public Outcome<PlacedOrder> approveOrder(ApproveOrderCommand c) {
    OrderRow o = orders.find(c.getOrderId());
    if (o == null || o.resellerId == null || o.resellerId != c.getResellerId()) {
      return Outcome.rejected(OrderErrors.ORDER_NOT_FOUND, "order " + c.getOrderId() + " does not exist");
    }
    if (!o.ranStep(OrderSteps.APPROVAL)) {
      return notPending(o);
    }
    return c.isApprove() ? approve(o) : reject(o, c.getReason());
  }

  private Outcome<PlacedOrder> approve(OrderRow o) {
    if (OrderState.PENDING_APPROVAL.wire().equals(o.status)) {
      transitions.move(o.orderId, OrderState.PENDING_APPROVAL, OrderState.UNPAID, clock.instant().truncatedTo(ChronoUnit.MILLIS),
          "approved by the reseller");
      o = orders.find(o.orderId); // approved by us or by a concurrent decision; or cancelled meanwhile
    }
    OrderState state = OrderState.ofWire(o.status);
    if (state == OrderState.PENDING_APPROVAL || state == OrderState.CANCELLED) {
      return notPending(o);
    }
    if (state == OrderState.UNPAID && Boolean.TRUE.equals(o.payOnApproval)) {
      return payment.pay(o);
    }
    return Outcome.ok(OrderPayment.placed(o));
  }

  private Outcome<PlacedOrder> reject(OrderRow o, String reason) {
    String why = "rejected by the reseller" + (reason == null || reason.isBlank() ? "" : ": " + reason);
    if (OrderState.PENDING_APPROVAL.wire().equals(o.status)) {
      cancel.cancel(o, OrderState.PENDING_APPROVAL, why);
      o = orders.find(o.orderId);
    }
    if (OrderState.CANCELLED.wire().equals(o.status)) {
      return Outcome.ok(OrderPayment.placed(o));
    }
    return notPending(o);
  }

  private static Outcome<PlacedOrder> notPending(OrderRow o) {
    return Outcome.rejected(OrderErrors.ORDER_NOT_PENDING_APPROVAL, "order " + o.orderId + " is " + o.status + ", not waiting for approval");
  }
}
