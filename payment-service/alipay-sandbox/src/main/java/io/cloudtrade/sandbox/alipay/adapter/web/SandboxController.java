package io.cloudtrade.sandbox.alipay.adapter.web;

import io.cloudtrade.sandbox.alipay.application.Bills;
import io.cloudtrade.sandbox.alipay.application.NotifyDispatcher;
import io.cloudtrade.sandbox.alipay.application.NotifyPolicy;
import io.cloudtrade.sandbox.alipay.application.SimulatedBuyer;
import io.cloudtrade.sandbox.alipay.domain.Ledger;
import io.cloudtrade.sandbox.alipay.domain.Notification;
import io.cloudtrade.sandbox.alipay.domain.NotifyAttempt;
import io.cloudtrade.sandbox.alipay.domain.Trade;
import io.cloudtrade.sandbox.alipay.protocol.SandboxKeys;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * The sandbox's controls, plain JSON without signatures: play the buyer, set how auth codes and
 * notifies behave, look at the ledger, download bills. Errors are problem+json. A trade is named by
 * its out_trade_no; {@code appId} is needed only when two applications used the same one.
 */
@RestController
@RequestMapping("/sandbox")
public class SandboxController {
  private final SandboxKeys keys;
  private final Ledger ledger;
  private final SimulatedBuyer buyer;
  private final NotifyDispatcher notifier;
  private final Bills bills;

  public SandboxController(SandboxKeys keys, Ledger ledger, SimulatedBuyer buyer, NotifyDispatcher notifier, Bills bills) {
    this.keys = keys;
    this.ledger = ledger;
    this.buyer = buyer;
    this.notifier = notifier;
    this.bills = bills;
  }

  /** The body of POST /sandbox/apps. */
  public record AppRequest(String appId, String publicKey) {
  }

  /** The body of POST /sandbox/trades/{outTradeNo}/scan: SUCCESS pays, FAIL fails and closes. */
  public record ScanRequest(String outcome, String appId) {
  }

  /** The body of POST /sandbox/auth-codes. */
  public record AuthCodeRequest(String authCode, SimulatedBuyer.Behaviour behaviour, Long payAfterMillis) {
  }

  /** The body of POST /sandbox/notify-policy. */
  public record PolicyRequest(NotifyPolicy.Mode mode, Long delayMillis, Long seed, Integer copies) {
  }

  /** The sandbox's public key (X.509 base64): the "Alipay public key" merchants configure. */
  @GetMapping(path = "/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
  public String publicKey() {
    return keys.publicKeyBase64();
  }

  /** Registers a merchant application (or replaces its key). */
  @PostMapping("/apps")
  public ResponseEntity<Void> registerApp(@RequestBody AppRequest app) {
    try {
      keys.registerApp(app.appId(), app.publicKey());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "appId and an RSA publicKey (X.509 base64) are required");
    }
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/trades")
  public List<TradeView> trades() {
    return ledger.all().stream().map(TradeView::of).toList();
  }

  @GetMapping("/trades/{outTradeNo}")
  public TradeView trade(@PathVariable String outTradeNo, @RequestParam(required = false) String appId) {
    return TradeView.of(find(outTradeNo, appId));
  }

  /** A buyer scans the trade's code: SUCCESS pays it, FAIL closes it; 409 when it does not wait for payment. */
  @PostMapping("/trades/{outTradeNo}/scan")
  public TradeView scan(@PathVariable String outTradeNo, @RequestBody ScanRequest scan) {
    boolean success;
    if ("SUCCESS".equals(scan.outcome())) {
      success = true;
    } else if ("FAIL".equals(scan.outcome())) {
      success = false;
    } else {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "outcome must be SUCCESS or FAIL");
    }
    Trade trade = find(outTradeNo, scan.appId());
    if (buyer.scan(trade.key(), success) == SimulatedBuyer.ScanResult.NOT_WAITING) {
      Trade now = ledger.find(trade.key()).orElseThrow();
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "trade " + outTradeNo + " does not wait for payment: " + now.status());
    }
    return TradeView.of(ledger.find(trade.key()).orElseThrow());
  }

  /** Sends the trade's latest notify (or the one named) once, now, whatever the policy. */
  @PostMapping("/trades/{outTradeNo}/notify")
  public NotifyAttempt notifyNow(@PathVariable String outTradeNo, @RequestParam(required = false) String appId,
      @RequestParam(required = false) String notifyId) {
    Trade trade = find(outTradeNo, appId);
    List<Notification> notifies = trade.notifications();
    if (notifies.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "trade " + outTradeNo + " has no notify (no notify_url, or nothing happened to it yet)");
    }
    String id = notifyId != null ? notifyId : notifies.get(notifies.size() - 1).notifyId();
    try {
      return notifier.sendNow(trade.key(), id);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }

  /** Sets how the buyer behind an auth code answers alipay.trade.pay. */
  @PostMapping("/auth-codes")
  public AuthCodeRequest authCode(@RequestBody AuthCodeRequest request) {
    if (request.authCode() == null || request.authCode().isBlank() || request.behaviour() == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "authCode and behaviour (PAY, WAIT, FAIL) are required");
    }
    if (request.payAfterMillis() != null && request.payAfterMillis() < 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "payAfterMillis cannot be negative");
    }
    buyer.setAuthCode(request.authCode(), new SimulatedBuyer.AuthCode(request.behaviour(), request.payAfterMillis()));
    return request;
  }

  @GetMapping("/notify-policy")
  public NotifyPolicy notifyPolicy() {
    return notifier.policy();
  }

  /** Sets the notify delivery policy (notifies held by OUT_OF_ORDER are released). */
  @PostMapping("/notify-policy")
  public NotifyPolicy setNotifyPolicy(@RequestBody PolicyRequest request) {
    if (request.mode() == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "mode is required: NORMAL, DELAY, DUPLICATE, DROP, OUT_OF_ORDER or RANDOM");
    }
    NotifyPolicy policy = new NotifyPolicy(request.mode(), request.delayMillis() == null ? 0 : request.delayMillis(),
        request.seed() == null ? 0 : request.seed(), request.copies() == null ? 0 : request.copies());
    notifier.setPolicy(policy);
    return policy;
  }

  /** Sends the notifies OUT_OF_ORDER holds now, newest first. */
  @PostMapping("/notify-policy/release")
  public Map<String, Integer> releaseHeld() {
    return Map.of("released", notifier.releaseHeld());
  }

  /** The bill of a Beijing day (yyyy-MM-dd) or month (yyyy-MM): payments and refunds, as CSV. */
  @GetMapping("/bills/{period}")
  public ResponseEntity<String> bill(@PathVariable String period, @RequestParam(name = "app_id", required = false) String appId) {
    String csv;
    try {
      csv = bills.csv(period, appId);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"alipay-sandbox-bill-" + period + ".csv\"")
        .body(csv);
  }

  private Trade find(String outTradeNo, String appId) {
    List<Trade> found = ledger.findByOutTradeNo(outTradeNo).stream()
        .filter(t -> appId == null || appId.equals(t.appId())).toList();
    if (found.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no trade " + outTradeNo);
    }
    if (found.size() > 1) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "several applications have a trade " + outTradeNo + ": give appId");
    }
    return found.get(0);
  }
}
