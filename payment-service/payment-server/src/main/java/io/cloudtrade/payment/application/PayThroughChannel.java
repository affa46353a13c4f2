package io.cloudtrade.payment.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.payment.api.ChannelNotify;
import io.cloudtrade.payment.api.ChannelPayment;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.NotifyAnswer;
import io.cloudtrade.payment.api.PaymentErrors;
import io.cloudtrade.payment.api.StartChannelPaymentRequest;
import io.cloudtrade.payment.domain.ChannelPaymentState;
import io.cloudtrade.payment.persistence.ChannelPaymentMapper;
import io.cloudtrade.payment.persistence.ChannelPaymentRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Pays orders through Alipay and WeChat Pay: starts a payment (QR or barcode), settles it from what
 * the channel says (its answer, its notification, or the janitor's query), and announces success
 * once ({@link PaymentSucceededAnnouncer}).
 *
 * <p>A notification is accepted only if its signature verifies AND it names our merchant, a payment
 * of ours and that payment's exact amount; a forged or mismatched one changes nothing and is
 * answered as a failure (the channel retries; a forger learns nothing). Processing is idempotent:
 * the conditional update open -> Succeeded wins once, a replay finds it Succeeded and is answered
 * success without any effect.
 */
@Service
public class PayThroughChannel {
  private static final Logger log = LoggerFactory.getLogger(PayThroughChannel.class);

  private final ChannelPaymentMapper payments;
  private final Map<String, PaymentChannel> channels;
  private final Map<String, String> merchants;
  private final PaymentSucceededAnnouncer announcer;
  private final IdGenerator ids;
  private final Duration qrTimeout;
  private final Duration barcodeTimeout;
  private final String notifyBase;
  private final Clock clock = Clock.systemUTC();

  public PayThroughChannel(ChannelPaymentMapper payments, List<PaymentChannel> channels, List<ChannelMerchant> merchants,
      PaymentSucceededAnnouncer announcer, IdGenerator ids,
      @Value("${cloudtrade.payment.qr-timeout:PT15M}") Duration qrTimeout,
      @Value("${cloudtrade.payment.barcode-timeout:PT1M}") Duration barcodeTimeout,
      @Value("${cloudtrade.payment.notify-base-url:http://127.0.0.1:8080/notify}") String notifyBase) {
    this.payments = payments;
    this.channels = channels.stream().collect(Collectors.toMap(PaymentChannel::name, Function.identity()));
    this.merchants = merchants.stream().collect(Collectors.toMap(ChannelMerchant::channel, ChannelMerchant::merchantId));
    this.announcer = announcer;
    this.ids = ids;
    this.qrTimeout = qrTimeout;
    this.barcodeTimeout = barcodeTimeout;
    this.notifyBase = notifyBase;
  }

  /** The merchant id (Alipay app id, WeChat Pay mchid) a channel's notifications must name. */
  public record ChannelMerchant(String channel, String merchantId) {}

  public Outcome<ChannelPayment> start(StartChannelPaymentRequest r) {
    String invalid = validate(r);
    if (invalid != null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, invalid);
    }
    PaymentChannel channel = channels.get(r.getChannel());
    if (channel == null) {
      return Outcome.rejected(PaymentErrors.CHANNEL_UNAVAILABLE, r.getChannel() + " is not configured on this payment service");
    }
    boolean qr = ChannelPayments.QR.equals(r.getScene());
    if (!qr && !channel.takesBarcodes()) {
      return Outcome.rejected(PaymentErrors.CHANNEL_UNAVAILABLE, r.getChannel() + " barcode payments are not configured on this payment service");
    }
    Instant now = now();
    ChannelPaymentRow p = new ChannelPaymentRow();
    p.paymentId = ids.next();
    p.orderId = r.getOrderId();
    p.accountId = r.getAccountId();
    p.channel = r.getChannel();
    p.scene = r.getScene();
    p.status = ChannelPaymentState.PENDING.wire();
    p.amountMinor = r.getAmount().minor();
    p.currency = r.getAmount().currency();
    p.subject = r.getSubject() == null || r.getSubject().isBlank() ? "CloudTrade order " + r.getOrderId() : r.getSubject();
    p.createdAt = now;
    p.updatedAt = now;
    p.expiresAt = now.plus(qr ? qrTimeout : barcodeTimeout);
    payments.insert(p); // written before the channel is asked: a crash leaves a Pending payment the janitor queries
    String notifyUrl = notifyBase + "/" + channel.name().toLowerCase();
    PaymentChannel.Answer a = qr ? channel.startQr(p, notifyUrl) : channel.payBarcode(p, r.getAuthCode(), notifyUrl);
    return settle(p, a, true);
  }

  public Outcome<ChannelPayment> get(long accountId, long paymentId) {
    ChannelPaymentRow p = payments.find(paymentId);
    if (p == null || p.accountId != accountId) {
      return Outcome.rejected(PaymentErrors.PAYMENT_NOT_FOUND, "payment " + paymentId + " does not exist");
    }
    return Outcome.ok(view(p));
  }

  /** Applies what the channel said about a payment; the payment as it is afterwards. */
  Outcome<ChannelPayment> settle(ChannelPaymentRow p, PaymentChannel.Answer a, boolean starting) {
    Instant now = now();
    ChannelPaymentState state = ChannelPaymentState.ofWire(p.status);
    switch (a.kind()) {
      case CREATED -> payments.recordStart(p.paymentId, a.qrCode(), a.channelTradeNo(), now);
      case PAID -> succeed(p, a.channelTradeNo(), a.paidAt() == null ? now : a.paidAt());
      case WAITING -> {
        if (state == ChannelPaymentState.PENDING) {
          move(p, ChannelPaymentState.PENDING, ChannelPaymentState.WAITING_FOR_USER, a.channelTradeNo(), null);
        }
      }
      case FAILED -> {
        if (state.isOpen()) {
          move(p, state, ChannelPaymentState.FAILED, a.channelTradeNo(), a.reason());
        }
        if (starting) {
          return Outcome.rejected(PaymentErrors.CHANNEL_REJECTED, p.channel + " refused payment " + p.paymentId + ": " + a.reason());
        }
      }
      case CLOSED -> {
        if (state.isOpen()) {
          move(p, state, ChannelPaymentState.CLOSED, null, a.reason());
        }
      }
      case NOT_PAID, REFUNDED -> { } // still open; a refund answer is not about the payment
      case UNKNOWN -> {
        log.warn("{} gave no usable answer for payment {}: {}; the janitor will ask again", p.channel, p.paymentId, a.reason());
        if (starting && ChannelPayments.QR.equals(p.scene)) {
          return Outcome.rejected(PaymentErrors.CHANNEL_UNAVAILABLE, p.channel + " could not be reached: " + a.reason());
        }
      }
      default -> throw new IllegalStateException("unknown answer " + a.kind());
    }
    return Outcome.ok(view(payments.find(p.paymentId)));
  }

  /** A notification: verified, matched, processed once; answered as the channel expects. */
  public NotifyAnswer accept(ChannelNotify n) {
    PaymentChannel channel = n == null ? null : channels.get(n.getChannel());
    if (channel == null) {
      return new NotifyAnswer().setHttpStatus(404).setContentType("text/plain").setBody("unknown channel").setAccepted(false);
    }
    PaymentChannel.Notified v = channel.verify(n);
    if (!v.valid()) {
      log.warn("{} notification refused: {}", channel.name(), v.problem());
      return channel.reply(false);
    }
    Long paymentId = parse(v.outTradeNo());
    ChannelPaymentRow p = paymentId == null ? null : payments.find(paymentId);
    String mismatch = p == null ? "no payment " + v.outTradeNo()
        : !merchants.getOrDefault(channel.name(), "").equals(v.merchant()) ? "merchant " + v.merchant() + " is not ours"
        : !p.channel.equals(channel.name()) ? "payment " + p.paymentId + " is a " + p.channel + " payment"
        : v.amountMinor() == null || v.amountMinor() != p.amountMinor ? "amount " + v.amountMinor() + " is not the payment's " + p.amountMinor
        : null;
    if (mismatch != null) {
      log.warn("{} notification with a valid signature refused: {}", channel.name(), mismatch);
      return channel.reply(false);
    }
    if (v.paid()) {
      succeed(p, v.channelTradeNo(), v.paidAt() == null ? now() : v.paidAt());
    }
    return channel.reply(true);
  }

  /** Open -> Succeeded once, announced; a repeat (already Succeeded) is a no-op. */
  void succeed(ChannelPaymentRow p, String channelTradeNo, Instant paidAt) {
    for (int round = 0; round < 3; round++) {
      ChannelPaymentState state = ChannelPaymentState.ofWire(p.status);
      if (!state.isOpen()) {
        if (state != ChannelPaymentState.SUCCEEDED) {
          // money taken on a payment we had given up (closed, failed): it must go back
          log.error("ALERT {} says payment {} (order {}) was paid, but it is {}: it needs a refund", p.channel, p.paymentId, p.orderId,
              p.status);
        }
        return;
      }
      if (announcer.markSucceededAndAnnounce(p, state, channelTradeNo, paidAt.truncatedTo(ChronoUnit.MILLIS))) {
        log.info("payment {} of order {} succeeded through {}", p.paymentId, p.orderId, p.channel);
        return;
      }
      p = payments.find(p.paymentId); // moved meanwhile (waiting, or succeeded by another notify): look again
    }
  }

  private void move(ChannelPaymentRow p, ChannelPaymentState from, ChannelPaymentState to, String tradeNo, String reason) {
    if (!from.canBecome(to)) {
      throw new IllegalStateException("a channel payment cannot go from " + from + " to " + to);
    }
    String why = reason == null || reason.length() <= 512 ? reason : reason.substring(0, 512);
    payments.transition(p.paymentId, from.wire(), to.wire(), tradeNo, null, why, now());
  }

  static Long parse(String outTradeNo) {
    try {
      return outTradeNo == null ? null : Long.parseLong(outTradeNo);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String validate(StartChannelPaymentRequest r) {
    if (r.getAmount() == null || r.getAmount().minor() <= 0) {
      return "the amount must be positive";
    }
    if (!ChannelPayments.ALIPAY.equals(r.getChannel()) && !ChannelPayments.WECHATPAY.equals(r.getChannel())) {
      return "channel must be " + ChannelPayments.ALIPAY + " or " + ChannelPayments.WECHATPAY;
    }
    if (!ChannelPayments.QR.equals(r.getScene()) && !ChannelPayments.BARCODE.equals(r.getScene())) {
      return "scene must be " + ChannelPayments.QR + " or " + ChannelPayments.BARCODE;
    }
    if (ChannelPayments.BARCODE.equals(r.getScene()) && (r.getAuthCode() == null || !r.getAuthCode().matches("[0-9]{16,24}"))) {
      return "a barcode payment needs the customer's auth code (16 to 24 digits)";
    }
    if (!"CNY".equals(r.getAmount().currency())) {
      return "the channels take CNY only";
    }
    return null;
  }

  static ChannelPayment view(ChannelPaymentRow p) {
    return new ChannelPayment()
        .setPaymentId(p.paymentId)
        .setOrderId(p.orderId)
        .setAccountId(p.accountId)
        .setChannel(p.channel)
        .setScene(p.scene)
        .setStatus(p.status)
        .setAmount(Money.ofMinor(p.amountMinor, p.currency))
        .setQrCode(p.qrCode)
        .setChannelTradeNo(p.channelTradeNo)
        .setFailureReason(p.failureReason)
        .setCreatedAt(p.createdAt)
        .setPaidAt(p.paidAt)
        .setExpiresAt(p.expiresAt);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
