package io.cloudtrade.sandbox.wechatpay.adapter.web;

import io.cloudtrade.sandbox.wechatpay.application.Micropay;
import io.cloudtrade.sandbox.wechatpay.application.MicropayCommand;
import io.cloudtrade.sandbox.wechatpay.domain.Merchant;
import io.cloudtrade.sandbox.wechatpay.domain.Merchants;
import io.cloudtrade.sandbox.wechatpay.domain.Outcome;
import io.cloudtrade.sandbox.wechatpay.domain.Trade;
import io.cloudtrade.sandbox.wechatpay.domain.TradeState;
import io.cloudtrade.sandbox.wechatpay.protocol.V2Signature;
import io.cloudtrade.sandbox.wechatpay.protocol.V2Xml;
import io.cloudtrade.sandbox.wechatpay.protocol.WechatIds;
import io.cloudtrade.sandbox.wechatpay.protocol.WechatTime;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API v2 (XML, {@code sign} with the merchant's API v2 key) for payment codes: micropay, orderquery,
 * reverse. A request that is not well-formed, names no known merchant or is badly signed gets
 * {@code return_code=FAIL}; otherwise the answer is signed like the request (HMAC-SHA256 or MD5) and
 * {@code result_code} tells the business outcome, with {@code err_code} when it is FAIL. (The real
 * reverse needs a TLS client certificate; the sandbox does not ask for one.)
 */
@RestController
class MicropayController {
  private static final Logger log = LoggerFactory.getLogger(MicropayController.class);
  private static final String XML = "application/xml;charset=UTF-8";
  private final Merchants merchants;
  private final Micropay micropay;

  MicropayController(Merchants merchants, Micropay micropay) {
    this.merchants = merchants;
    this.micropay = micropay;
  }

  @PostMapping(path = "/pay/micropay", produces = XML)
  String micropay(HttpServletRequest request) throws IOException {
    return handle(body(request), (merchant, p) -> {
      Long total = fen(p.get("total_fee"));
      Outcome<Trade> o = micropay.pay(merchant, new MicropayCommand(p.get("appid"), p.get("out_trade_no"),
          p.get("body"), p.get("attach"), total, p.get("fee_type"), p.get("auth_code"), p.get("spbill_create_ip")));
      if (!o.isOk()) {
        return failure(o.rejection().code(), o.rejection().message());
      }
      Trade t = o.value();
      Map<String, String> r = new LinkedHashMap<>();
      r.put("result_code", "SUCCESS");
      paidFields(t, r);
      return r;
    });
  }

  @PostMapping(path = "/pay/orderquery", produces = XML)
  String orderQuery(HttpServletRequest request) throws IOException {
    return handle(body(request), (merchant, p) -> {
      Outcome<Trade> o = micropay.query(merchant, p.get("out_trade_no"), p.get("transaction_id"));
      if (!o.isOk()) {
        return failure(o.rejection().code(), o.rejection().message());
      }
      Trade t = o.value();
      Map<String, String> r = new LinkedHashMap<>();
      r.put("result_code", "SUCCESS");
      r.put("trade_state", t.state().name());
      r.put("trade_state_desc", t.state().description());
      if (t.successTime() != null || t.state() == TradeState.USERPAYING) {
        paidFields(t, r);
      } else {
        r.put("out_trade_no", t.outTradeNo());
        r.put("trade_type", t.tradeType().name());
        r.put("total_fee", Long.toString(t.totalFen()));
        r.put("fee_type", t.currency());
      }
      return r;
    });
  }

  @PostMapping(path = "/secapi/pay/reverse", produces = XML)
  String reverse(HttpServletRequest request) throws IOException {
    return handle(body(request), (merchant, p) -> {
      Outcome<Trade> o = micropay.reverse(merchant, p.get("out_trade_no"), p.get("transaction_id"));
      Map<String, String> r = o.isOk() ? new LinkedHashMap<>(Map.of("result_code", "SUCCESS"))
          : failure(o.rejection().code(), o.rejection().message());
      r.put("recall", "N");
      return r;
    });
  }

  private String handle(String xml, BiFunction<Merchant, Map<String, String>, Map<String, String>> action) {
    Map<String, String> p;
    try {
      p = V2Xml.parse(xml == null ? "" : xml);
    } catch (IllegalArgumentException e) {
      return returnFail("XML格式错误 (not API v2 XML)");
    }
    Optional<Merchant> merchant = merchants.find(p.get("mch_id"));
    if (merchant.isEmpty() || merchant.get().apiV2Key() == null) {
      return returnFail("mch_id不存在或未配置API v2密钥 (unknown mch_id)");
    }
    String key = merchant.get().apiV2Key();
    if (!V2Signature.verify(p, key)) {
      log.info("v2 request of {} refused: bad sign", p.get("mch_id"));
      return returnFail("签名错误");
    }
    if (p.get("nonce_str") == null || p.get("nonce_str").isEmpty()) {
      return returnFail("缺少参数nonce_str");
    }
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("return_code", "SUCCESS");
    answer.put("return_msg", "OK");
    answer.put("appid", merchant.get().appid());
    answer.put("mch_id", merchant.get().mchid());
    answer.put("nonce_str", WechatIds.alphanumeric(32));
    answer.putAll(action.apply(merchant.get(), p));
    answer.put("sign", V2Signature.sign(answer, key, p.get("sign_type")));
    return V2Xml.write(answer);
  }

  /** The raw body, whatever the Content-Type (some clients post XML as a form). */
  private static String body(HttpServletRequest request) throws IOException {
    return new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static void paidFields(Trade t, Map<String, String> r) {
    r.put("openid", t.openid());
    r.put("is_subscribe", "N");
    r.put("trade_type", t.tradeType().name());
    r.put("bank_type", "OTHERS");
    r.put("fee_type", t.currency());
    r.put("total_fee", Long.toString(t.totalFen()));
    r.put("cash_fee_type", t.currency());
    r.put("cash_fee", Long.toString(t.totalFen()));
    r.put("transaction_id", t.transactionId());
    r.put("out_trade_no", t.outTradeNo());
    if (t.attach() != null) {
      r.put("attach", t.attach());
    }
    if (t.successTime() != null) {
      r.put("time_end", WechatTime.v2(t.successTime()));
    }
  }

  private static Map<String, String> failure(String errCode, String description) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("result_code", "FAIL");
    r.put("err_code", errCode);
    r.put("err_code_des", description);
    return r;
  }

  private static String returnFail(String message) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("return_code", "FAIL");
    r.put("return_msg", message);
    return V2Xml.write(r);
  }

  private static Long fen(String s) {
    try {
      return s == null ? null : Long.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
