package io.cloudtrade.payment.application;

import io.cloudtrade.payment.domain.ChannelPaymentState;
import io.cloudtrade.payment.persistence.ChannelPaymentRow;
import java.time.Instant;

/**
 * Marks a channel payment Succeeded and announces it, atomically: the payment becomes Succeeded if
 * and only if exactly one PaymentSucceeded event is eventually delivered.
 */
public interface PaymentSucceededAnnouncer {
  /**
   * @param from the open state the payment is expected in
   * @return true if this call moved it (and so announced it); false if it was not in {@code from}
   */
  boolean markSucceededAndAnnounce(ChannelPaymentRow payment, ChannelPaymentState from, String channelTradeNo, Instant paidAt);
}
