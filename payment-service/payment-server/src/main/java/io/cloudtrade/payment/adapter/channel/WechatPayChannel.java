package io.cloudtrade.payment.adapter.channel;

import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.payments.nativepay.model.Amount;
import com.wechat.pay.java.service.payments.nativepay.model.CloseOrderRequest;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayRequest;
import com.wechat.pay.java.service.payments.nativepay.model.QueryOrderByOutTradeNoRequest;
import com.wechat.pay.java.service.refund.RefundService;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import com.wechat.pay.java.service.refund.model.Refund;
import com.wechat.pay.java.service.refund.model.Status;
import io.cloudtrade.payment.api.ChannelNotify;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.NotifyAnswer;
import io.cloudtrade.payment.application.PaymentChannel;
import io.cloudtrade.payment.persistence.ChannelPaymentRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * WeChat Pay API v3 through the official SDK (wechatpay-java, {@link WechatPayConnection}):
 * WECHATPAY2-SHA256-RSA2048 on every request, every answer's Wechatpay-* signature checked by the
 * SDK, notifications verified and decrypted (AEAD_AES_256_GCM) by its NotificationParser.
 *
 * <p>The barcode (payment code) scene is API v2 micropay, which the SDK does not cover: {@link
 * WechatPayV2} speaks it (XML, HMAC-SHA256 with the merchant's API v2 key) for pay, query and
 * reverse; refunds of barcode payments go through v3 like any other. Without an API v2 key the
 * channel takes no barcode payments.
 */
public class WechatPayChannel implements PaymentChannel {
  private final NativePayService nativePay;
  private final RefundService refunds;
  private final NotificationParser notifications;
  private final String mchid;
  private final String appid;
  private final WechatPayV2 v2;
  private final Clock clock = Clock.systemUTC();
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME_END = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  public WechatPayChannel(WechatPayConnection wechat, String apiV2Key) {
    this.nativePay = new NativePayService.Builder().httpClient(wechat.http()).build();
    this.refunds = new RefundService.Builder().httpClient(wechat.http()).build();
    this.notifications = new NotificationParser(wechat.config());
    this.mchid = wechat.mchid();
    this.appid = wechat.appid();
    this.v2 = apiV2Key == null || apiV2Key.isBlank() ? null : new WechatPayV2(wechat.baseUrl(), mchid, appid, apiV2Key);
  }

  @Override
  public String name() {
    return ChannelPayments.WECHATPAY;
  }

  public String mchid() {
    return mchid;
  }

  @Override
  public Answer startQr(ChannelPaymentRow p, String notifyUrl) {
    PrepayRequest r = new PrepayRequest();
    r.setAppid(appid);
    r.setMchid(mchid);
    r.setDescription(p.subject);
    r.setOutTradeNo(Long.toString(p.paymentId));
    r.setNotifyUrl(notifyUrl);
    Amount amount = new Amount();
    amount.setTotal(Math.toIntExact(p.amountMinor));
    amount.setCurrency(p.currency);
    r.setAmount(amount);
    return call(() -> new Answer(Kind.CREATED, nativePay.prepay(r).getCodeUrl(), null, null, null, null));
  }

  @Override
  public boolean takesBarcodes() {
    return v2 != null;
  }

  @Override
  public Answer payBarcode(ChannelPaymentRow p, String authCode, String notifyUrl) {
    if (v2 == null) {
      return Answer.of(Kind.FAILED, "no WeChat Pay API v2 key is configured: barcode payments are not taken");
    }
    Map<String, String> r = new LinkedHashMap<>();
    r.put("body", p.subject);
    r.put("out_trade_no", Long.toString(p.paymentId));
    r.put("total_fee", Long.toString(p.amountMinor));
    r.put("fee_type", p.currency);
    r.put("spbill_create_ip", "127.0.0.1");
    r.put("auth_code", authCode);
    WechatPayV2.Reply a = v2.call("/pay/micropay", r);
    if (!a.trusted()) {
      return Answer.of(Kind.UNKNOWN, a.problem());
    }
    if (a.succeeded()) {
      return paid(a);
    }
    return switch (a.errCode()) {
      // the customer confirms in the app: poll, and reverse when it times out
      case "USERPAYING" -> Answer.of(Kind.WAITING, "the customer is entering the password");
      // the outcome is unknown: only a query can tell
      case "SYSTEMERROR", "BANKERROR" -> Answer.of(Kind.UNKNOWN, a.describe());
      case "ORDERPAID" -> queryV2(p);
      default -> Answer.of(Kind.FAILED, a.describe());
    };
  }

  private Answer queryV2(ChannelPaymentRow p) {
    WechatPayV2.Reply a = v2.call("/pay/orderquery", Map.of("out_trade_no", Long.toString(p.paymentId)));
    if (!a.trusted()) {
      return Answer.of(Kind.UNKNOWN, a.problem());
    }
    if (!a.succeeded()) {
      return "ORDERNOTEXIST".equals(a.errCode()) ? Answer.of(Kind.NOT_PAID, "no trade at WeChat Pay yet")
          : "SYSTEMERROR".equals(a.errCode()) ? Answer.of(Kind.UNKNOWN, a.describe()) : Answer.of(Kind.FAILED, a.describe());
    }
    return switch (a.get("trade_state") == null ? "" : a.get("trade_state")) {
      case "SUCCESS", "REFUND" -> paid(a);
      case "USERPAYING" -> Answer.of(Kind.WAITING, "the customer is entering the password");
      case "CLOSED", "REVOKED" -> Answer.of(Kind.CLOSED, "closed at WeChat Pay");
      case "PAYERROR" -> Answer.of(Kind.FAILED, "PAYERROR " + a.get("trade_state_desc"));
      default -> Answer.of(Kind.NOT_PAID, a.get("trade_state"));
    };
  }

  /**
   * Reverse (the janitor's close of a barcode payment it found unpaid): cancels the trade, and refunds
   * it in full if the customer paid in the meantime, like Alipay's cancel.
   */
  private Answer reverse(ChannelPaymentRow p) {
    WechatPayV2.Reply a = v2.call("/secapi/pay/reverse", Map.of("out_trade_no", Long.toString(p.paymentId)));
    if (!a.trusted()) {
      return Answer.of(Kind.UNKNOWN, a.problem());
    }
    if (a.succeeded()) {
      // had the customer paid meanwhile, WeChat Pay refunded it in full; the answer does not say
      return Answer.of(Kind.CLOSED, "reversed at WeChat Pay");
    }
    return "ORDERREVERSED".equals(a.errCode()) || "ORDERCLOSED".equals(a.errCode()) ? Answer.of(Kind.CLOSED, "closed at WeChat Pay")
        : Answer.of("Y".equals(a.get("recall")) ? Kind.UNKNOWN : Kind.FAILED, a.describe());
  }

  private Answer paid(WechatPayV2.Reply a) {
    Long total;
    try {
      total = Long.valueOf(a.get("total_fee"));
    } catch (NumberFormatException e) {
      total = null;
    }
    return new Answer(Kind.PAID, null, a.get("transaction_id"), total, timeEnd(a.get("time_end")), null);
  }

  /** v2's {@code time_end}, yyyyMMddHHmmss in Beijing time; now when absent or unreadable. */
  private Instant timeEnd(String s) {
    try {
      return s == null ? now() : LocalDateTime.parse(s, TIME_END).atZone(BEIJING).toInstant();
    } catch (DateTimeParseException e) {
      return now();
    }
  }

  @Override
  public Answer query(ChannelPaymentRow p) {
    if (ChannelPayments.BARCODE.equals(p.scene) && v2 != null) {
      return queryV2(p);
    }
    QueryOrderByOutTradeNoRequest r = new QueryOrderByOutTradeNoRequest();
    r.setMchid(mchid);
    r.setOutTradeNo(Long.toString(p.paymentId));
    return call(() -> {
      Transaction t = nativePay.queryOrderByOutTradeNo(r);
      return switch (t.getTradeState()) {
        case SUCCESS, REFUND -> new Answer(Kind.PAID, null, t.getTransactionId(), t.getAmount() == null ? null : (long) t.getAmount().getTotal(),
            now(), null);
        case CLOSED, REVOKED -> Answer.of(Kind.CLOSED, "closed at WeChat Pay");
        case PAYERROR -> Answer.of(Kind.FAILED, "PAYERROR " + t.getTradeStateDesc());
        case USERPAYING -> Answer.of(Kind.WAITING, "the customer is paying");
        default -> Answer.of(Kind.NOT_PAID, String.valueOf(t.getTradeState()));
      };
    });
  }

  @Override
  public Answer close(ChannelPaymentRow p) {
    if (ChannelPayments.BARCODE.equals(p.scene) && v2 != null) {
      return reverse(p);
    }
    CloseOrderRequest r = new CloseOrderRequest();
    r.setMchid(mchid);
    r.setOutTradeNo(Long.toString(p.paymentId));
    try {
      nativePay.closeOrder(r);
      return Answer.of(Kind.CLOSED, "closed at WeChat Pay");
    } catch (ServiceException e) {
      // paid in the meantime: not closed, and the payment is what the query says
      return "ORDER_PAID".equals(e.getErrorCode()) ? query(p) : call(() -> {
        throw e;
      });
    } catch (RuntimeException e) {
      return Answer.of(Kind.UNKNOWN, e.toString());
    }
  }

  @Override
  public Answer refund(ChannelPaymentRow p, String requestNo, long amountMinor) {
    CreateRequest r = new CreateRequest();
    r.setOutTradeNo(Long.toString(p.paymentId));
    r.setOutRefundNo(requestNo);
    AmountReq amount = new AmountReq();
    amount.setRefund(amountMinor);
    amount.setTotal(p.amountMinor);
    amount.setCurrency(p.currency);
    r.setAmount(amount);
    return call(() -> {
      Refund refund = refunds.create(r);
      return refund.getStatus() == Status.SUCCESS || refund.getStatus() == Status.PROCESSING
          ? Answer.of(Kind.REFUNDED, String.valueOf(refund.getStatus()))
          : Answer.of(Kind.FAILED, "refund " + refund.getStatus());
    });
  }

  @Override
  public Notified verify(ChannelNotify n) {
    Map<String, String> h = n.getHeaders() == null ? Map.of() : n.getHeaders();
    try {
      Transaction t = notifications.parse(new RequestParam.Builder()
          .serialNumber(h.get("wechatpay-serial"))
          .nonce(h.get("wechatpay-nonce"))
          .signature(h.get("wechatpay-signature"))
          .timestamp(h.get("wechatpay-timestamp"))
          .signType(h.get("wechatpay-signature-type"))
          .body(n.getBody())
          .build(), Transaction.class);
      return new Notified(true, t.getMchid(), t.getOutTradeNo(), t.getAmount() == null ? null : (long) t.getAmount().getTotal(),
          t.getTradeState() == Transaction.TradeStateEnum.SUCCESS, t.getTransactionId(), now(), null);
    } catch (RuntimeException e) {
      return Notified.invalid("signature or content does not verify: " + e.getMessage());
    }
  }

  @Override
  public NotifyAnswer reply(boolean ok) {
    // v3: a 2xx means received; anything else is retried, with a JSON {code, message}
    return ok
        ? new NotifyAnswer().setHttpStatus(204).setContentType("application/json").setBody("").setAccepted(true)
        : new NotifyAnswer().setHttpStatus(500).setContentType("application/json")
            .setBody("{\"code\":\"FAIL\",\"message\":\"not accepted\"}").setAccepted(false);
  }

  private Answer call(Supplier<Answer> request) {
    try {
      return request.get();
    } catch (ServiceException e) {
      return "ORDER_NOT_EXIST".equals(e.getErrorCode())
          ? Answer.of(Kind.NOT_PAID, "no trade at WeChat Pay yet")
          : e.getHttpStatusCode() >= 500 ? Answer.of(Kind.UNKNOWN, e.getErrorCode() + " " + e.getErrorMessage())
          : Answer.of(Kind.FAILED, e.getErrorCode() + " " + e.getErrorMessage());
    } catch (RuntimeException e) {
      return Answer.of(Kind.UNKNOWN, e.toString());
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
