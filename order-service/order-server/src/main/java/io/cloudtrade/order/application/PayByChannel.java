package io.cloudtrade.order.application;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.OrderChannelPayment;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.PayByChannelCommand;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.cloudtrade.order.persistence.OrderTransitions;
import io.cloudtrade.payment.api.ChannelPayment;
import io.cloudtrade.payment.api.ChannelPaymentService;
import io.cloudtrade.payment.api.PaymentSucceededEvent;
import io.cloudtrade.payment.api.RefundChannelPaymentRequest;
import io.cloudtrade.payment.api.StartChannelPaymentRequest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Pays orders through Alipay and WeChat Pay. Starting a payment leaves the order Unpaid (the
 * customer pays in the app); the payment service's PaymentSucceeded then settles it:
 *
 * <ul>
 *   <li>the order is Unpaid: it is claimed for that payment (Unpaid -> Paying, recording the
 *       payment) and marked Paid with its OrderPaid event, as a balance payment would be;
 *   <li>it was paid by this same payment: a repeat, nothing happens;
 *   <li>it cannot take the money (cancelled - its payment time ran out while the customer paid -,
 *       paid another way, or the amount differs): the payment is refunded through its channel,
 *       once (the refund's request number is the payment's).
 * </ul>
 *
 * A payment that finds the order Paying (another payment in flight) is looked at again later.
 */
@Service
public class PayByChannel {
  private static final Logger log = LoggerFactory.getLogger(PayByChannel.class);

  private final OrderMapper orders;
  private final OrderTransitions transitions;
  private final ChannelPaymentService channels;
  private final OrderPaidAnnouncer announcer;
  private final Clock clock = Clock.systemUTC();

  public PayByChannel(OrderMapper orders, OrderTransitions transitions, ChannelPaymentService channels, OrderPaidAnnouncer announcer) {
    this.orders = orders;
    this.transitions = transitions;
    this.channels = channels;
    this.announcer = announcer;
  }

  public Outcome<OrderChannelPayment> start(PayByChannelCommand c) {
    OrderRow o = orders.find(c.getOrderId());
    if (o == null || o.accountId != c.getAccountId()) {
      return Outcome.rejected(OrderErrors.ORDER_NOT_FOUND, "order " + c.getOrderId() + " does not exist");
    }
    if (!OrderState.UNPAID.wire().equals(o.status)) {
      return Outcome.rejected(OrderErrors.ORDER_NOT_PAYABLE, "order " + o.orderId + " is " + o.status);
    }
    if (o.payer() != o.accountId) {
      // its reseller pays it from its balance (the plan said so); a customer's channel payment would be refunded to the reseller
      return Outcome.rejected(OrderErrors.ORDER_NOT_PAYABLE, "order " + o.orderId + " is paid by the account's reseller");
    }
    Outcome<ChannelPayment> started = channels.startChannelPayment(new StartChannelPaymentRequest()
        .setAccountId(o.accountId)
        .setOrderId(o.orderId)
        .setAmount(Money.ofMinor(o.amountMinor, o.currency))
        .setChannel(c.getChannel())
        .setScene(c.getScene())
        .setAuthCode(c.getAuthCode())
        .setSubject("CloudTrade " + o.productCode + " " + o.orderType + " " + o.orderId));
    if (!started.isOk()) {
      return Outcome.rejectedAs(started);
    }
    ChannelPayment p = started.value();
    return Outcome.ok(new OrderChannelPayment()
        .setOrderId(o.orderId)
        .setPaymentId(p.getPaymentId())
        .setChannel(p.getChannel())
        .setScene(p.getScene())
        .setStatus(p.getStatus())
        .setQrCode(p.getQrCode())
        .setAmount(p.getAmount()));
  }

  /** A channel payment succeeded; throws (for a redelivery) when it cannot be settled yet. */
  public void onPaymentSucceeded(PaymentSucceededEvent e) {
    for (int round = 0; round < 3; round++) {
      OrderRow o = orders.find(e.getOrderId());
      if (o == null) {
        log.error("ALERT payment {} succeeded for order {}, which does not exist: refunding it", e.getPaymentId(), e.getOrderId());
        refund(e, "no such order");
        return;
      }
      OrderState state = OrderState.ofWire(o.status);
      if (o.channelPaymentId != null && o.channelPaymentId == e.getPaymentId()) {
        if (state == OrderState.PAYING) {
          announcer.markPaidAndAnnounce(o); // claimed for it before a crash: finish
        }
        return; // paid by this payment: a repeat
      }
      if (state == OrderState.UNPAID) {
        if (o.amountMinor != e.getAmount().minor() || !o.currency.equals(e.getAmount().currency())) {
          log.error("ALERT payment {} of {} does not match order {} ({} {}): refunding it", e.getPaymentId(), e.getAmount(),
              o.orderId, o.amountMinor, o.currency);
          refund(e, "amount does not match the order");
          return;
        }
        if (orders.claimForChannelPayment(o.orderId, e.getPaymentId(), clock.instant().truncatedTo(ChronoUnit.MILLIS)) == 1) {
          o.channelPaymentId = e.getPaymentId();
          announcer.markPaidAndAnnounce(o);
          return;
        }
        continue; // claimed by another payment meanwhile: look again
      }
      if (state == OrderState.PAYING) {
        throw new IllegalStateException("order " + o.orderId + " is being paid another way; payment " + e.getPaymentId()
            + " is settled once that is done");
      }
      log.warn("payment {} succeeded for order {}, which is {}: refunding it", e.getPaymentId(), o.orderId, o.status);
      refund(e, "order " + o.orderId + " is " + o.status);
      return;
    }
    throw new IllegalStateException("order " + e.getOrderId() + " kept changing while payment " + e.getPaymentId() + " was settled");
  }

  private void refund(PaymentSucceededEvent e, String why) {
    Outcome<?> r = channels.refundChannelPayment(new RefundChannelPaymentRequest()
        .setAccountId(e.getAccountId())
        .setPaymentId(e.getPaymentId())
        .setAmount(e.getAmount())
        .setRequestNo("surplus-" + e.getPaymentId())
        .setReason(why));
    if (!r.isOk()) {
      throw new IllegalStateException("refund of payment " + e.getPaymentId() + " failed (" + r.code() + " " + r.message()
          + "); retried on redelivery");
    }
  }
}
