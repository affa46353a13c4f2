package io.cloudtrade.payment.adapter.channel;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
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
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * WeChat Pay API v3 through the official SDK (wechatpay-java): WECHATPAY2-SHA256-RSA2048 on every
 * request, every answer's Wechatpay-* signature checked by the SDK, notifications verified and
 * decrypted (AEAD_AES_256_GCM) by its NotificationParser. The base URL is the only difference from
 * the real gateway: requests to api.mch.weixin.qq.com are sent to {@code baseUrl} (an OkHttp
 * interceptor; with the real base URL nothing is rewritten).
 *
 * <p>Native (QR) only for now: the barcode scene is v2 micropay, which the SDK does not cover.
 */
public class WechatPayChannel implements PaymentChannel {
  private final NativePayService nativePay;
  private final RefundService refunds;
  private final NotificationParser notifications;
  private final String mchid;
  private final String appid;
  private final Clock clock = Clock.systemUTC();

  public WechatPayChannel(String baseUrl, String mchid, String appid, PrivateKey merchantKey, String merchantSerial,
      PublicKey platformKey, String platformKeyId, String apiV3Key) {
    RSAPublicKeyConfig config = new RSAPublicKeyConfig.Builder()
        .merchantId(mchid)
        .privateKey(merchantKey)
        .merchantSerialNumber(merchantSerial)
        .publicKey(platformKey)
        .publicKeyId(platformKeyId)
        .apiV3Key(apiV3Key)
        .build();
    HttpUrl base = HttpUrl.get(baseUrl);
    OkHttpClient ok = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .url(chain.request().url().newBuilder().scheme(base.scheme()).host(base.host()).port(base.port()).build()).build()))
        .build();
    HttpClient http = new DefaultHttpClientBuilder().config(config).okHttpClient(ok).build();
    this.nativePay = new NativePayService.Builder().httpClient(http).build();
    this.refunds = new RefundService.Builder().httpClient(http).build();
    this.notifications = new NotificationParser(config);
    this.mchid = mchid;
    this.appid = appid;
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
    return false;
  }

  @Override
  public Answer payBarcode(ChannelPaymentRow p, String authCode, String notifyUrl) {
    return Answer.of(Kind.FAILED, "WeChat Pay barcode payments (v2 micropay) are not supported by this payment service yet");
  }

  @Override
  public Answer query(ChannelPaymentRow p) {
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
