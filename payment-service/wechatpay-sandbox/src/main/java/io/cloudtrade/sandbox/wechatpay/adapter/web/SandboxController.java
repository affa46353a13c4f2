package io.cloudtrade.sandbox.wechatpay.adapter.web;

import io.cloudtrade.sandbox.wechatpay.application.BillReport;
import io.cloudtrade.sandbox.wechatpay.application.Notifier;
import io.cloudtrade.sandbox.wechatpay.application.Payer;
import io.cloudtrade.sandbox.wechatpay.domain.AuthCodeBehaviour;
import io.cloudtrade.sandbox.wechatpay.domain.AuthCodeBook;
import io.cloudtrade.sandbox.wechatpay.domain.ErrorCodes;
import io.cloudtrade.sandbox.wechatpay.domain.Ledger;
import io.cloudtrade.sandbox.wechatpay.domain.NotifyPolicy;
import io.cloudtrade.sandbox.wechatpay.domain.Outcome;
import io.cloudtrade.sandbox.wechatpay.domain.Refund;
import io.cloudtrade.sandbox.wechatpay.domain.Trade;
import io.cloudtrade.sandbox.wechatpay.protocol.Keys;
import io.cloudtrade.sandbox.wechatpay.protocol.PlatformKeys;
import io.cloudtrade.sandbox.wechatpay.protocol.V3Views;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's own controls, plain JSON without signatures: play the payer, choose what payment
 * codes do and how notifications travel, re-send a notification, look into the ledger and the bills,
 * and read the platform key a merchant must trust. Transactions are named by {@code out_trade_no};
 * {@code ?mchid=} is needed only when two merchants use the same one.
 */
@RestController
@RequestMapping("/sandbox")
class SandboxController {
  private final Payer payer;
  private final AuthCodeBook authCodes;
  private final Notifier notifier;
  private final Ledger ledger;
  private final BillReport bills;
  private final PlatformKeys keys;

  SandboxController(Payer payer, AuthCodeBook authCodes, Notifier notifier, Ledger ledger, BillReport bills,
      PlatformKeys keys) {
    this.payer = payer;
    this.authCodes = authCodes;
    this.notifier = notifier;
    this.ledger = ledger;
    this.bills = bills;
    this.keys = keys;
  }

  /** {@code {"outcome": "SUCCESS" | "FAIL"}}. */
  record Scan(String outcome) {
  }

  /** {@code {"authCode", "behaviour": "PAY" | "WAIT" | "FAIL", "payAfterMillis", "errCode"}}. */
  record AuthCode(String authCode, AuthCodeBehaviour.Kind behaviour, Long payAfterMillis, String errCode) {
  }

  /** {@code {"mode", "delayMillis", "seed"}}. */
  record Policy(NotifyPolicy.Mode mode, Long delayMillis, Long seed) {
  }

  @PostMapping("/transactions/{outTradeNo}/scan")
  ResponseEntity<Object> scan(@PathVariable String outTradeNo, @RequestParam(required = false) String mchid,
      @RequestBody Scan body) {
    if (body.outcome() == null || !body.outcome().equals("SUCCESS") && !body.outcome().equals("FAIL")) {
      return JsonResponses.error(HttpStatus.BAD_REQUEST, ErrorCodes.PARAM_ERROR, "outcome must be SUCCESS or FAIL");
    }
    Outcome<Trade> t = payer.find(outTradeNo, mchid);
    if (!t.isOk()) {
      return JsonResponses.rejected(t.rejection());
    }
    return JsonResponses.of(payer.scan(t.value().key(), body.outcome().equals("SUCCESS")), this::entry);
  }

  @PostMapping("/auth-codes")
  ResponseEntity<Object> authCode(@RequestBody AuthCode body) {
    if (body.authCode() == null || body.authCode().isBlank()) {
      return JsonResponses.error(HttpStatus.BAD_REQUEST, ErrorCodes.PARAM_ERROR, "authCode is required");
    }
    AuthCodeBehaviour b = new AuthCodeBehaviour(body.behaviour() == null ? AuthCodeBehaviour.Kind.PAY : body.behaviour(),
        body.payAfterMillis() == null ? 0 : Math.max(0, body.payAfterMillis()), body.errCode());
    authCodes.register(body.authCode(), b);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("authCode", body.authCode());
    m.put("behaviour", b.kind());
    m.put("payAfterMillis", b.payAfterMillis());
    m.put("errCode", b.errCode());
    return JsonResponses.ok(m);
  }

  @GetMapping("/notify-policy")
  ResponseEntity<Object> policy() {
    return JsonResponses.ok(notifier.policy());
  }

  @PostMapping("/notify-policy")
  ResponseEntity<Object> setPolicy(@RequestBody Policy body) {
    if (body.mode() == null) {
      return JsonResponses.error(HttpStatus.BAD_REQUEST, ErrorCodes.PARAM_ERROR, "mode is required");
    }
    NotifyPolicy p = new NotifyPolicy(body.mode(), body.delayMillis() == null ? 0 : Math.max(0, body.delayMillis()),
        body.seed() == null ? 0 : body.seed());
    notifier.setPolicy(p);
    return JsonResponses.ok(p);
  }

  @PostMapping("/transactions/{outTradeNo}/notify")
  ResponseEntity<Object> resend(@PathVariable String outTradeNo, @RequestParam(required = false) String mchid) {
    Outcome<Trade> t = payer.find(outTradeNo, mchid);
    if (!t.isOk()) {
      return JsonResponses.rejected(t.rejection());
    }
    if (!notifier.resend(t.value())) {
      return JsonResponses.error(HttpStatus.CONFLICT, Payer.STATE_CONFLICT, "nothing to notify: not paid, or no notify_url");
    }
    return ResponseEntity.accepted().contentType(MediaType.APPLICATION_JSON).body(Map.of("sent", true));
  }

  @PostMapping("/refunds/{outRefundNo}/notify")
  ResponseEntity<Object> resendRefund(@PathVariable String outRefundNo, @RequestParam(required = false) String mchid) {
    Outcome<Refund> r = payer.findRefund(outRefundNo, mchid);
    if (!r.isOk()) {
      return JsonResponses.rejected(r.rejection());
    }
    if (!notifier.resend(r.value())) {
      return JsonResponses.error(HttpStatus.CONFLICT, Payer.STATE_CONFLICT, "nothing to notify: no notify_url");
    }
    return ResponseEntity.accepted().contentType(MediaType.APPLICATION_JSON).body(Map.of("sent", true));
  }

  @GetMapping("/transactions/{outTradeNo}")
  ResponseEntity<Object> transaction(@PathVariable String outTradeNo, @RequestParam(required = false) String mchid) {
    return JsonResponses.of(payer.find(outTradeNo, mchid), this::entry);
  }

  @GetMapping("/refunds/{outRefundNo}")
  ResponseEntity<Object> refund(@PathVariable String outRefundNo, @RequestParam(required = false) String mchid) {
    return JsonResponses.of(payer.findRefund(outRefundNo, mchid), r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ledger", r);
      m.put("refund", V3Views.refund(r));
      m.put("notifications", notifier.deliveries(Notifier.refundSubject(r.mchid(), r.outRefundNo())));
      return m;
    });
  }

  @GetMapping(path = "/bills/{date}", produces = "text/csv;charset=UTF-8")
  ResponseEntity<String> bill(@PathVariable String date, @RequestParam(required = false) String mchid) {
    try {
      return ResponseEntity.ok(bills.csv(LocalDate.parse(date), mchid));
    } catch (DateTimeParseException e) {
      return ResponseEntity.badRequest().body("date must be yyyy-MM-dd\n");
    }
  }

  @GetMapping("/platform-public-key")
  ResponseEntity<Object> platformPublicKey() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("serial", keys.publicKeyId());
    m.put("publicKey", keys.publicKeyBase64());
    m.put("certificateSerial", keys.certificateSerial());
    m.put("certificate", Keys.pem(keys.certificate()));
    return JsonResponses.ok(m);
  }

  private Map<String, Object> entry(Trade t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ledger", t);
    m.put("transaction", V3Views.transaction(t));
    m.put("refunds", ledger.refundsOf(t.key()).stream().map(V3Views::refund).toList());
    m.put("notifications", notifier.deliveries(Notifier.tradeSubject(t.mchid(), t.outTradeNo())));
    return m;
  }
}
