package io.cloudtrade.gateway.notify;

import io.cloudtrade.payment.api.ChannelNotify;
import io.cloudtrade.payment.api.ChannelPaymentService;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.NotifyAnswer;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public endpoints the channels notify: the gateway only carries the notification, as it
 * arrived, to the payment service (which verifies the signature, matches it against the payment and
 * processes it once) and answers the channel with what the payment service says. No customer
 * authentication here: the channel's signature is the authentication.
 */
@RestController
public class ChannelNotifyController {
  private final ChannelPaymentService payments;

  public ChannelNotifyController(ChannelPaymentService payments) {
    this.payments = payments;
  }

  /** Alipay posts application/x-www-form-urlencoded and reads the text {@code success}. */
  @PostMapping(path = "/notify/alipay", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public ResponseEntity<String> alipay(HttpServletRequest request) {
    Map<String, String> form = new HashMap<>();
    request.getParameterMap().forEach((k, v) -> form.put(k, v.length == 0 ? "" : v[0]));
    return answer(payments.acceptNotify(new ChannelNotify().setChannel(ChannelPayments.ALIPAY).setForm(form)
        .setHeaders(headers(request))));
  }

  /** WeChat Pay v3 posts JSON with Wechatpay-* headers and reads 2xx as accepted. */
  @PostMapping(path = "/notify/wechatpay")
  public ResponseEntity<String> wechatPay(HttpServletRequest request, @RequestBody byte[] body) {
    return answer(payments.acceptNotify(new ChannelNotify().setChannel(ChannelPayments.WECHATPAY)
        .setHeaders(headers(request)).setBody(new String(body, StandardCharsets.UTF_8))));
  }

  static HashMap<String, String> headers(HttpServletRequest request) {
    HashMap<String, String> headers = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
    }
    return headers;
  }

  static ResponseEntity<String> answer(NotifyAnswer a) {
    ResponseEntity.BodyBuilder r = ResponseEntity.status(a.getHttpStatus());
    if (a.getContentType() != null) {
      r.contentType(MediaType.parseMediaType(a.getContentType()));
    }
    return r.body(a.getBody());
  }
}
