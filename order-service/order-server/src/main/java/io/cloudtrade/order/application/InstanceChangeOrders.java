package io.cloudtrade.order.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.persistence.InstanceOrderStateRow;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * The steps every order that changes an instance shares (ModifyInstance, RenewChangeInstance,
 * RefundInstance): find the instance running and free, write the order with the instance's claim,
 * and pay it outside the instance's lock - cancelling it (which frees the instance) when it cannot
 * be paid, so that a change nobody pays for does not hold the instance until the payment timer.
 */
@Service
public class InstanceChangeOrders {
  private final OrderMapper orders;
  private final RunningInstances instances;
  private final InstanceChangeClaims claims;
  private final OrderPayment payment;
  private final CancelUnpaidOrders cancel;

  public InstanceChangeOrders(OrderMapper orders, RunningInstances instances, InstanceChangeClaims claims, OrderPayment payment,
      CancelUnpaidOrders cancel) {
    this.orders = orders;
    this.instances = instances;
    this.claims = claims;
    this.payment = payment;
    this.cancel = cancel;
  }

  /** A running instance no change order holds, and its claim row as read. */
  public record Free(InstanceView instance, InstanceOrderStateRow state) implements java.io.Serializable {}

  /**
   * The instance if it is a running subscription of the account that no other change holds.
   *
   * @return it; or the rejections of {@link RunningInstances#changeable}, {@link OrderErrors#CHANGE_IN_PROGRESS}
   */
  public Outcome<Free> free(long accountId, String instanceId) {
    Outcome<InstanceView> found = instances.changeable(accountId, instanceId);
    if (!found.isOk()) {
      return Outcome.rejectedAs(found);
    }
    InstanceOrderStateRow state = claims.current(instanceId, accountId);
    if (state.busyOrderId != null) {
      return InstanceChangeClaims.inProgress(instanceId);
    }
    return Outcome.ok(new Free(found.value(), state));
  }

  /** Writes an unpaid change order with the instance's claim (see {@link OrderPayment#submit}). */
  public Outcome<PlacedOrder> submit(OrderRow order, InstanceOrderStateRow state) {
    try {
      return payment.submit(order, false, () -> claims.claim(state, order.orderId));
    } catch (InstanceChangeClaims.ClaimLost lost) {
      return InstanceChangeClaims.inProgress(order.instanceId);
    }
  }

  /** Places the order under the instance's lock ({@code place}), then pays it if asked. */
  public Outcome<PlacedOrder> placeThenPay(String instanceId, boolean payNow, Supplier<Outcome<PlacedOrder>> place) {
    Outcome<PlacedOrder> placed = claims.underLock(instanceId, place);
    if (!placed.isOk() || !payNow || !OrderState.UNPAID.wire().equals(placed.value().getStatus())) {
      return placed;
    }
    OrderRow order = orders.find(placed.value().getOrderId());
    Outcome<PlacedOrder> paid = payment.pay(order);
    if (!paid.isOk() && !OrderErrors.ORDER_IN_PROGRESS.equals(paid.code())) {
      cancel.cancelOrder(order.accountId, order.orderId);
    }
    return paid;
  }
}
