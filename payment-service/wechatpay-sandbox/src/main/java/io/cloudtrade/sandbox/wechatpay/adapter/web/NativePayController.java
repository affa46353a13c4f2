package io.cloudtrade.sandbox.wechatpay.adapter.web;

import io.cloudtrade.sandbox.wechatpay.application.NativePay;
import io.cloudtrade.sandbox.wechatpay.application.PrepayCommand;
import io.cloudtrade.sandbox.wechatpay.domain.ErrorCodes;
import io.cloudtrade.sandbox.wechatpay.domain.Merchant;
import io.cloudtrade.sandbox.wechatpay.domain.Outcome;
import io.cloudtrade.sandbox.wechatpay.domain.Trade;
import io.cloudtrade.sandbox.wechatpay.protocol.V3Views;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API v3 Native payment: prepay, query by out_trade_no or transaction_id, close. */
@RestController
class NativePayController {
  private final NativePay nativePay;

  NativePayController(NativePay nativePay) {
    this.nativePay = nativePay;
  }

  @PostMapping("/v3/pay/transactions/native")
  ResponseEntity<Object> prepay(@RequestAttribute(V3SignatureFilter.MERCHANT) Merchant merchant,
      @RequestBody V3Bodies.Prepay body) {
    V3Bodies.Amount amount = body.amount();
    PrepayCommand c = new PrepayCommand(body.appid(), body.mchid(), body.description(), body.outTradeNo(),
        body.notifyUrl(), body.attach(), amount == null ? null : amount.total(), amount == null ? null : amount.currency());
    return JsonResponses.of(nativePay.prepay(merchant, c), t -> Map.of("code_url", t.codeUrl()));
  }

  @GetMapping("/v3/pay/transactions/out-trade-no/{outTradeNo}")
  ResponseEntity<Object> queryByOutTradeNo(@RequestAttribute(V3SignatureFilter.MERCHANT) Merchant merchant,
      @PathVariable String outTradeNo, @RequestParam(required = false) String mchid) {
    Outcome<Trade> wrong = wrongMchid(merchant, mchid);
    return JsonResponses.of(wrong != null ? wrong : nativePay.query(merchant, outTradeNo), V3Views::transaction);
  }

  @GetMapping("/v3/pay/transactions/id/{transactionId}")
  ResponseEntity<Object> queryById(@RequestAttribute(V3SignatureFilter.MERCHANT) Merchant merchant,
      @PathVariable String transactionId, @RequestParam(required = false) String mchid) {
    Outcome<Trade> wrong = wrongMchid(merchant, mchid);
    return JsonResponses.of(wrong != null ? wrong : nativePay.queryById(merchant, transactionId), V3Views::transaction);
  }

  @PostMapping("/v3/pay/transactions/out-trade-no/{outTradeNo}/close")
  ResponseEntity<Object> close(@RequestAttribute(V3SignatureFilter.MERCHANT) Merchant merchant,
      @PathVariable String outTradeNo, @RequestBody V3Bodies.Close body) {
    Outcome<Trade> wrong = wrongMchid(merchant, body.mchid());
    Outcome<Trade> closed = wrong != null ? wrong : nativePay.close(merchant, outTradeNo);
    return closed.isOk() ? ResponseEntity.status(HttpStatus.NO_CONTENT).build() : JsonResponses.rejected(closed.rejection());
  }

  private static Outcome<Trade> wrongMchid(Merchant merchant, String mchid) {
    if (mchid == null || mchid.isEmpty()) {
      return Outcome.rejected(ErrorCodes.PARAM_ERROR, "mchid is required");
    }
    if (!mchid.equals(merchant.mchid())) {
      return Outcome.rejected(ErrorCodes.PARAM_ERROR, "mchid " + mchid + " is not the signing merchant's");
    }
    return null;
  }
}
