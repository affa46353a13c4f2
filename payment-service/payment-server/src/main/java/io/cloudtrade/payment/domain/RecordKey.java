package io.cloudtrade.payment.domain;

/**
 * What a bill line and our record are matched by: a payment by its out_trade_no (our payment id), a
 * refund by its out_trade_no and request number.
 */
public record RecordKey(LineType type, String outTradeNo, String refundRequestNo) {
  public RecordKey {
    outTradeNo = outTradeNo == null ? "" : outTradeNo.trim();
    refundRequestNo = type == LineType.PAY || refundRequestNo == null ? "" : refundRequestNo.trim();
  }
}
