package io.cloudtrade.payment.domain;

import io.cloudtrade.payment.api.ChannelPayments;
import java.util.Map;
import java.util.Set;

/**
 * The states of a channel payment and the transitions between them, declared once; every change is
 * a conditional UPDATE from the expected state.
 *
 * <pre>
 *   Pending --(customer pays: notify or query)--> Succeeded
 *      |  \--(barcode: the customer must confirm)--> WaitingForUser --> Succeeded | Failed | Closed
 *      \--(the channel refuses)--> Failed      \--(expired, closed at the channel)--> Closed
 * </pre>
 */
public enum ChannelPaymentState {
  PENDING(ChannelPayments.PENDING),
  WAITING_FOR_USER(ChannelPayments.WAITING_FOR_USER),
  SUCCEEDED(ChannelPayments.SUCCEEDED),
  FAILED(ChannelPayments.FAILED),
  CLOSED(ChannelPayments.CLOSED);

  private static final Map<ChannelPaymentState, Set<ChannelPaymentState>> NEXT = Map.of(
      PENDING, Set.of(WAITING_FOR_USER, SUCCEEDED, FAILED, CLOSED),
      WAITING_FOR_USER, Set.of(SUCCEEDED, FAILED, CLOSED),
      SUCCEEDED, Set.of(),
      FAILED, Set.of(),
      CLOSED, Set.of());

  private final String wire;

  ChannelPaymentState(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static ChannelPaymentState ofWire(String wire) {
    for (ChannelPaymentState s : values()) {
      if (s.wire.equals(wire)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown channel payment status " + wire);
  }

  public boolean canBecome(ChannelPaymentState next) {
    return NEXT.get(this).contains(next);
  }

  /** Not settled yet: the customer may still pay. */
  public boolean isOpen() {
    return this == PENDING || this == WAITING_FOR_USER;
  }
}
