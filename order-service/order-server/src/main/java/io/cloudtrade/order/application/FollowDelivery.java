package io.cloudtrade.order.application;

import io.cloudtrade.lifecycle.api.DeliveryEvent;
import io.cloudtrade.lifecycle.api.DeliveryEvents;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.cloudtrade.order.persistence.OrderTransitions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Follows instance lifecycle's delivery of paid orders: Paid -> Delivering -> Delivered, or Failed
 * with the control plane's reason (and what was paid goes back to the balance); Refunding ->
 * Refunded (the refund goes to the balance) or Failed. A downgrade's refund is paid when it is
 * delivered. A RenewChange that failed in part (renewed, but its new specification could not be
 * applied) gives back only the difference it recorded. Finished change orders release their instance.
 *
 * <p>Events may come twice or out of order (Delivered before Delivering): every step is a
 * conditional update, money moves under a reference that makes a repeat a no-op, and a step whose
 * precondition no longer holds is skipped.
 */
@Service
public class FollowDelivery {
  private static final Logger log = LoggerFactory.getLogger(FollowDelivery.class);

  private final OrderMapper orders;
  private final OrderTransitions transitions;
  private final OrderPayment payment;
  private final InstanceChangeClaims claims;
  private final Clock clock = Clock.systemUTC();

  public FollowDelivery(OrderMapper orders, OrderTransitions transitions, OrderPayment payment, InstanceChangeClaims claims) {
    this.orders = orders;
    this.transitions = transitions;
    this.payment = payment;
    this.claims = claims;
  }

  public void on(DeliveryEvent e) {
    OrderRow o = orders.find(e.getOrderId());
    if (o == null) {
      log.warn("delivery {} of unknown order {} ignored", e.getOutcome(), e.getOrderId());
      return;
    }
    OrderState state = OrderState.ofWire(o.status);
    switch (e.getOutcome()) {
      case DeliveryEvents.DELIVERING -> {
        if (state == OrderState.PAID) {
          transitions.move(o.orderId, OrderState.PAID, OrderState.DELIVERING, now());
        }
      }
      case DeliveryEvents.DELIVERED -> delivered(o, state);
      case DeliveryEvents.FAILED -> failed(o, state, e.getReason(), e.isPartial());
      default -> log.warn("delivery outcome {} of order {} unknown: ignored", e.getOutcome(), o.orderId);
    }
  }

  private void delivered(OrderRow o, OrderState state) {
    if (state == OrderState.REFUNDING) {
      payment.giveBack(o, o.refundMinor == null ? 0 : o.refundMinor, "refund", "the instance was unsubscribed");
      payment.takeBackEarning(o);
      transitions.move(o.orderId, OrderState.REFUNDING, OrderState.REFUNDED, now());
    } else if (state == OrderState.PAID || state == OrderState.DELIVERING) {
      if ("Downgrade".equals(o.orderType)) {
        payment.giveBack(o, o.refundMinor == null ? 0 : o.refundMinor, "downgrade", "the downgrade was applied");
      }
      if (state == OrderState.PAID) {
        transitions.move(o.orderId, OrderState.PAID, OrderState.DELIVERING, now());
      }
      transitions.move(o.orderId, OrderState.DELIVERING, OrderState.DELIVERED, now());
    } else if (!state.isFinal()) {
      log.warn("order {} delivered while {}: ignored", o.orderId, o.status);
    }
    release(o);
  }

  private void failed(OrderRow o, OrderState state, String reason, boolean partial) {
    String why = reason == null || reason.isBlank() ? "the control plane could not carry the order out" : reason;
    if (state == OrderState.REFUNDING) {
      transitions.move(o.orderId, OrderState.REFUNDING, OrderState.FAILED, now(), why);
    } else if ((state == OrderState.PAID || state == OrderState.DELIVERING) && partial && "RenewChange".equals(o.orderType)) {
      // renewed at the old specification: only the difference goes back
      payment.giveBack(o, o.refundMinor == null ? 0 : o.refundMinor, "failed-change", "renewed, but the new specification failed: " + why);
      transitions.move(o.orderId, state, OrderState.FAILED, now(), "renewed at the current specification; the new one failed: " + why);
    } else if (state == OrderState.PAID || state == OrderState.DELIVERING) {
      payment.giveBack(o, "failed", "the order failed: " + why);
      transitions.move(o.orderId, state, OrderState.FAILED, now(), why);
    } else if (!state.isFinal()) {
      log.warn("order {} failed while {}: ignored", o.orderId, o.status);
    }
    release(o);
  }

  private void release(OrderRow o) {
    if (InstanceChangeClaims.CLAIMING_TYPES.contains(o.orderType)) {
      claims.release(o.instanceId, o.orderId);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
