package io.cloudtrade.sandbox.wechatpay.adapter.web;

import io.cloudtrade.sandbox.wechatpay.application.RefundCommand;
import io.cloudtrade.sandbox.wechatpay.application.Refunds;
import io.cloudtrade.sandbox.wechatpay.domain.Merchant;
import io.cloudtrade.sandbox.wechatpay.protocol.V3Views;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** API v3 domestic refunds: create (deduplicated by out_refund_no) and query. */
@RestController
class RefundController {
  private final Refunds refunds;

  RefundController(Refunds refunds) {
    this.refunds = refunds;
  }

  @PostMapping("/v3/refund/domestic/refunds")
  ResponseEntity<Object> create(@RequestAttribute(V3SignatureFilter.MERCHANT) Merchant merchant,
      @RequestBody V3Bodies.Refund body) {
    V3Bodies.Amount a = body.amount();
    RefundCommand c = new RefundCommand(body.transactionId(), body.outTradeNo(), body.outRefundNo(), body.reason(),
        body.notifyUrl(), a == null ? null : a.refund(), a == null ? null : a.total(), a == null ? null : a.currency());
    return JsonResponses.of(refunds.create(merchant, c), V3Views::refund);
  }

  @GetMapping("/v3/refund/domestic/refunds/{outRefundNo}")
  ResponseEntity<Object> query(@RequestAttribute(V3SignatureFilter.MERCHANT) Merchant merchant,
      @PathVariable String outRefundNo) {
    return JsonResponses.of(refunds.query(merchant, outRefundNo), V3Views::refund);
  }
}
