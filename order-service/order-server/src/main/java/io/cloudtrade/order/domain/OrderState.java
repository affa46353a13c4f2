package io.cloudtrade.order.domain;

import io.cloudtrade.order.api.OrderStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The states of an order and the transitions allowed between them, declared once. Every change of
 * state in the database is a conditional update from an allowed predecessor (see OrderMapper.xml).
 *
 * <pre>
 *   PendingApproval -> Unpaid                          (the reseller approved; or -> Cancelled: rejected, timed out)
 *   Unpaid -> Paying -> Paid -> Delivering -> Delivered
 *     |         |  \             \-> Failed (refunded)
 *     |         |   \-> Unpaid (the payment was refused)
 *     \-> Cancelled <-/ (by the customer, or when the payment time runs out)
 *   Refunding -> Refunded | Failed                     (a Refund order starts at Refunding)
 * </pre>
 *
 * Paying is held while the balance is charged, so that a cancellation cannot slip between the debit
 * and the order becoming Paid; an order stuck in Paying is settled by the payment timeout from the
 * payment record (see CancelUnpaidOrders).
 */
public enum OrderState {
  PENDING_APPROVAL(OrderStatus.PENDING_APPROVAL),
  UNPAID(OrderStatus.UNPAID),
  PAYING(OrderStatus.PAYING),
  PAID(OrderStatus.PAID),
  DELIVERING(OrderStatus.DELIVERING),
  DELIVERED(OrderStatus.DELIVERED),
  CANCELLED(OrderStatus.CANCELLED),
  REFUNDING(OrderStatus.REFUNDING),
  REFUNDED(OrderStatus.REFUNDED),
  FAILED(OrderStatus.FAILED);

  private static final Map<OrderState, Set<OrderState>> NEXT = Map.ofEntries(
      Map.entry(PENDING_APPROVAL, Set.of(UNPAID, CANCELLED)),
      Map.entry(UNPAID, Set.of(PAYING, CANCELLED)),
      Map.entry(PAYING, Set.of(PAID, UNPAID, CANCELLED)),
      Map.entry(PAID, Set.of(DELIVERING, DELIVERED, FAILED)),
      Map.entry(DELIVERING, Set.of(DELIVERED, FAILED)),
      Map.entry(DELIVERED, Set.of()),
      Map.entry(CANCELLED, Set.of()),
      Map.entry(REFUNDING, Set.of(REFUNDED, FAILED)),
      Map.entry(REFUNDED, Set.of()),
      Map.entry(FAILED, Set.of()));

  /** States in which the order's money has been taken (and, for Failed, given back). */
  private static final Set<OrderState> PAID_STATES = EnumSet.of(PAID, DELIVERING, DELIVERED, FAILED);

  private final String wire;

  OrderState(String wire) {
    this.wire = wire;
  }

  /** The status as the API shows it. */
  public String wire() {
    return wire;
  }

  public static OrderState ofWire(String wire) {
    for (OrderState s : values()) {
      if (s.wire.equals(wire)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown order status " + wire);
  }

  public boolean canBecome(OrderState next) {
    return NEXT.get(this).contains(next);
  }

  /** No transition leaves this state. */
  public boolean isFinal() {
    return NEXT.get(this).isEmpty();
  }

  /** The order's payment went through (the order may have been carried out, or failed and refunded since). */
  public boolean isPaid() {
    return PAID_STATES.contains(this);
  }

  /** The payment status BSS shows for an order in this state. */
  public String paymentStatus() {
    return switch (this) {
      case PENDING_APPROVAL, UNPAID, PAYING -> "Unpaid";
      case CANCELLED -> "Cancelled";
      case PAID, DELIVERING, DELIVERED, FAILED, REFUNDING, REFUNDED -> "Paid";
    };
  }

  /** The wire statuses whose payment status is {@code paymentStatus}, for filtering by it. */
  public static List<String> withPaymentStatus(String paymentStatus) {
    return Arrays.stream(values()).filter(s -> s.paymentStatus().equals(paymentStatus)).map(OrderState::wire).toList();
  }
}
