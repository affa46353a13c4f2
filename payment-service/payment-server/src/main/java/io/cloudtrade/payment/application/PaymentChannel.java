package io.cloudtrade.payment.application;

import io.cloudtrade.payment.api.ChannelNotify;
import io.cloudtrade.payment.api.NotifyAnswer;
import io.cloudtrade.payment.persistence.ChannelPaymentRow;
import java.time.Instant;

/**
 * One payment channel (Alipay, WeChat Pay) as the payment service uses it, over the channel's real
 * protocol. Implementations never throw for what the channel says: a refusal or an unreachable
 * channel is an {@link Answer} too.
 */
public interface PaymentChannel {
  /** {@link io.cloudtrade.payment.api.ChannelPayments#ALIPAY} or WECHATPAY. */
  String name();

  /** Whether this payment service can take the channel's barcode (offline) payments. */
  default boolean takesBarcodes() {
    return true;
  }

  /** Online: asks for a QR code the customer scans (Alipay precreate, WeChat Pay Native). */
  Answer startQr(ChannelPaymentRow payment, String notifyUrl);

  /** Offline: takes the money with the customer's barcode. */
  Answer payBarcode(ChannelPaymentRow payment, String authCode, String notifyUrl);

  /** Where the payment stands at the channel. */
  Answer query(ChannelPaymentRow payment);

  /** Closes an unpaid trade (or cancels a barcode one); PAID when it turns out to be paid. */
  Answer close(ChannelPaymentRow payment);

  /**
   * Refunds {@code amountMinor} of a paid trade; the channel deduplicates by {@code requestNo}, so
   * asking again after an UNKNOWN answer is safe. REFUNDED when done.
   */
  Answer refund(ChannelPaymentRow payment, String requestNo, long amountMinor);

  /** Checks a notification's signature and reads it; never throws. */
  Notified verify(ChannelNotify notify);

  /** The reply the channel expects for a notification processed ({@code ok}) or not. */
  NotifyAnswer reply(boolean ok);

  /** What the channel answered. */
  enum Kind {
    /** the QR code is ready */
    CREATED,
    PAID,
    /** the customer has to confirm in the app */
    WAITING,
    /** not paid (yet) */
    NOT_PAID,
    CLOSED,
    /** the refund asked for is done */
    REFUNDED,
    /** refused, with the channel's code in {@code reason} */
    FAILED,
    /** no usable answer (network, timeout, bad signature on the answer): look again later */
    UNKNOWN
  }

  /** An answer of the channel. */
  record Answer(Kind kind, String qrCode, String channelTradeNo, Long paidMinor, Instant paidAt, String reason) {
    public static Answer of(Kind kind, String reason) {
      return new Answer(kind, null, null, null, null, reason);
    }
  }

  /**
   * A notification read: {@code valid} when its signature verified; the merchant (app id or mchid)
   * it names, the trade number (our payment id) and amount, and whether it reports the payment as
   * paid.
   */
  record Notified(boolean valid, String merchant, String outTradeNo, Long amountMinor, boolean paid, String channelTradeNo,
      Instant paidAt, String problem) {
    /** A refused notification; the problem is cut to 300 characters (an SDK's message may quote the whole request). */
    public static Notified invalid(String problem) {
      String p = problem == null || problem.length() <= 300 ? problem : problem.substring(0, 300) + "...";
      return new Notified(false, null, null, null, false, null, null, p);
    }
  }
}
