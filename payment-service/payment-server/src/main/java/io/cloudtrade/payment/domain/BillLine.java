package io.cloudtrade.payment.domain;

import java.time.Instant;

/**
 * One line of a channel's daily bill: a payment taken (PAY) or a refund made (REFUND), as the
 * channel wrote it. The channel adapters read their bill formats into these.
 *
 * @param channelTradeNo the channel's trade number (Alipay trade_no, WeChat Pay transaction_id)
 * @param outTradeNo our trade number at the channel: our payment id
 * @param refundRequestNo a refund's request number (Alipay out_request_no, WeChat Pay out_refund_no); "" for PAY
 * @param amountMinor the amount in minor units (fen), positive
 * @param status the channel's own status word (TRADE_SUCCESS, REFUND_SUCCESS, SUCCESS, PROCESSING...)
 * @param time when the channel booked it
 */
public record BillLine(String channelTradeNo, String outTradeNo, LineType type, String refundRequestNo, long amountMinor,
    String status, Instant time) {
  public BillLine {
    refundRequestNo = refundRequestNo == null ? "" : refundRequestNo;
  }

  /** What the line is matched by. */
  public RecordKey key() {
    return new RecordKey(type, outTradeNo, refundRequestNo);
  }
}
