package io.cloudtrade.payment.adapter.channel;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.AlipayRequest;
import com.alipay.api.AlipayResponse;
import com.alipay.api.domain.AlipayTradeCancelModel;
import com.alipay.api.domain.AlipayTradePayModel;
import com.alipay.api.domain.AlipayTradePrecreateModel;
import com.alipay.api.domain.AlipayTradeQueryModel;
import com.alipay.api.domain.AlipayTradeRefundModel;
import com.alipay.api.internal.util.AlipaySignature;
import com.alipay.api.request.AlipayTradeCancelRequest;
import com.alipay.api.request.AlipayTradePayRequest;
import com.alipay.api.request.AlipayTradePrecreateRequest;
import com.alipay.api.request.AlipayTradeQueryRequest;
import com.alipay.api.request.AlipayTradeRefundRequest;
import com.alipay.api.response.AlipayTradeCancelResponse;
import com.alipay.api.response.AlipayTradePayResponse;
import com.alipay.api.response.AlipayTradePrecreateResponse;
import com.alipay.api.response.AlipayTradeQueryResponse;
import com.alipay.api.response.AlipayTradeRefundResponse;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.payment.api.ChannelNotify;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.NotifyAnswer;
import io.cloudtrade.payment.application.PaymentChannel;
import io.cloudtrade.payment.persistence.ChannelPaymentRow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Alipay through the official SDK (alipay-sdk-java, {@link AlipayConnection}): RSA2 signatures on
 * every request, the answer's signature checked by the SDK, notifications checked with {@link
 * AlipaySignature}. Only the server URL and keys tell the sandbox from the real gateway.
 */
public class AlipayChannel implements PaymentChannel {
  static final String SUCCESS = "10000";
  static final String IN_PROCESS = "10003";

  private final AlipayClient client;
  private final String appId;
  private final String alipayPublicKey;
  private final Clock clock = Clock.systemUTC();

  public AlipayChannel(AlipayConnection alipay) {
    this.client = alipay.client();
    this.appId = alipay.appId();
    this.alipayPublicKey = alipay.alipayPublicKey();
  }

  @Override
  public String name() {
    return ChannelPayments.ALIPAY;
  }

  public String appId() {
    return appId;
  }

  @Override
  public Answer startQr(ChannelPaymentRow p, String notifyUrl) {
    AlipayTradePrecreateModel m = new AlipayTradePrecreateModel();
    m.setOutTradeNo(Long.toString(p.paymentId));
    m.setTotalAmount(amount(p));
    m.setSubject(p.subject);
    AlipayTradePrecreateRequest r = new AlipayTradePrecreateRequest();
    r.setBizModel(m);
    r.setNotifyUrl(notifyUrl);
    return call(r, (AlipayTradePrecreateResponse a) -> SUCCESS.equals(a.getCode())
        ? new Answer(Kind.CREATED, a.getQrCode(), null, null, null, null)
        : failed(a));
  }

  @Override
  public Answer payBarcode(ChannelPaymentRow p, String authCode, String notifyUrl) {
    AlipayTradePayModel m = new AlipayTradePayModel();
    m.setOutTradeNo(Long.toString(p.paymentId));
    m.setTotalAmount(amount(p));
    m.setSubject(p.subject);
    m.setScene("bar_code");
    m.setAuthCode(authCode);
    AlipayTradePayRequest r = new AlipayTradePayRequest();
    r.setBizModel(m);
    r.setNotifyUrl(notifyUrl);
    return call(r, (AlipayTradePayResponse a) -> switch (a.getCode() == null ? "" : a.getCode()) {
      case SUCCESS -> new Answer(Kind.PAID, null, a.getTradeNo(), minor(a.getTotalAmount()), now(), null);
      case IN_PROCESS -> new Answer(Kind.WAITING, null, a.getTradeNo(), null, null, "waiting for the customer to confirm");
      default -> failed(a);
    });
  }

  @Override
  public Answer query(ChannelPaymentRow p) {
    AlipayTradeQueryModel m = new AlipayTradeQueryModel();
    m.setOutTradeNo(Long.toString(p.paymentId));
    AlipayTradeQueryRequest r = new AlipayTradeQueryRequest();
    r.setBizModel(m);
    return call(r, (AlipayTradeQueryResponse a) -> {
      if (!SUCCESS.equals(a.getCode())) {
        return "ACQ.TRADE_NOT_EXIST".equals(a.getSubCode()) ? Answer.of(Kind.NOT_PAID, "no trade at Alipay yet") : failed(a);
      }
      return switch (a.getTradeStatus() == null ? "" : a.getTradeStatus()) {
        case "TRADE_SUCCESS", "TRADE_FINISHED" -> new Answer(Kind.PAID, null, a.getTradeNo(), minor(a.getTotalAmount()), now(), null);
        case "TRADE_CLOSED" -> Answer.of(Kind.CLOSED, "closed at Alipay");
        default -> Answer.of(Kind.NOT_PAID, a.getTradeStatus());
      };
    });
  }

  @Override
  public Answer close(ChannelPaymentRow p) {
    // trade.cancel closes an unpaid trade and refunds a paid one: used for every attempt we give up
    AlipayTradeCancelModel m = new AlipayTradeCancelModel();
    m.setOutTradeNo(Long.toString(p.paymentId));
    AlipayTradeCancelRequest r = new AlipayTradeCancelRequest();
    r.setBizModel(m);
    return call(r, (AlipayTradeCancelResponse a) -> {
      if (!SUCCESS.equals(a.getCode())) {
        return failed(a);
      }
      return "refund".equals(a.getAction())
          ? Answer.of(Kind.CLOSED, "paid and refunded by cancel at Alipay")
          : Answer.of(Kind.CLOSED, "closed at Alipay");
    });
  }

  @Override
  public Answer refund(ChannelPaymentRow p, String requestNo, long amountMinor) {
    AlipayTradeRefundModel m = new AlipayTradeRefundModel();
    m.setOutTradeNo(Long.toString(p.paymentId));
    m.setOutRequestNo(requestNo);
    m.setRefundAmount(Money.ofMinor(amountMinor, p.currency).toBigDecimal().toPlainString());
    AlipayTradeRefundRequest r = new AlipayTradeRefundRequest();
    r.setBizModel(m);
    // 10000 for the first request and for a repeat of it (fund_change N): done either way
    return call(r, (AlipayTradeRefundResponse a) -> SUCCESS.equals(a.getCode()) ? Answer.of(Kind.REFUNDED, null) : failed(a));
  }

  @Override
  public Notified verify(ChannelNotify n) {
    Map<String, String> form = n.getForm() == null ? Map.of() : new HashMap<>(n.getForm());
    try {
      if (form.get("sign") == null || !AlipaySignature.rsaCheckV1(form, alipayPublicKey, "utf-8", "RSA2")) {
        return Notified.invalid("signature does not verify");
      }
    } catch (AlipayApiException | RuntimeException e) {
      return Notified.invalid("signature cannot be checked: " + e.getMessage());
    }
    String status = form.getOrDefault("trade_status", "");
    Long amount;
    try {
      amount = minor(form.get("total_amount"));
    } catch (RuntimeException e) {
      amount = null;
    }
    return new Notified(true, form.get("app_id"), form.get("out_trade_no"), amount,
        "TRADE_SUCCESS".equals(status) || "TRADE_FINISHED".equals(status), form.get("trade_no"), now(), null);
  }

  @Override
  public NotifyAnswer reply(boolean ok) {
    // Alipay retries until it reads exactly "success"
    return new NotifyAnswer().setHttpStatus(200).setContentType("text/plain").setBody(ok ? "success" : "failure").setAccepted(ok);
  }

  private <R extends AlipayResponse> Answer call(AlipayRequest<R> request, Function<R, Answer> read) {
    try {
      return read.apply(client.execute(request));
    } catch (AlipayApiException e) {
      return Answer.of(Kind.UNKNOWN, e.getErrCode() + " " + e.getErrMsg());
    } catch (RuntimeException e) {
      return Answer.of(Kind.UNKNOWN, e.toString());
    }
  }

  private static Answer failed(AlipayResponse a) {
    return Answer.of(Kind.FAILED, a.getCode() + " " + a.getSubCode() + " " + a.getSubMsg());
  }

  static String amount(ChannelPaymentRow p) {
    return Money.ofMinor(p.amountMinor, p.currency).toBigDecimal().toPlainString();
  }

  static Long minor(String amount) {
    return amount == null ? null : new BigDecimal(amount).movePointRight(2).longValueExact();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
