package io.cloudtrade.payment.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * One difference between our records and a channel's bill for a day. A payment is named by its
 * out_trade_no (our payment id); a refund also by its request number (Alipay out_request_no, WeChat
 * Pay out_refund_no). The side that has no record of it has null amount, status and time.
 */
public class ReconciliationDifference implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** {@link #getLineType()} of a payment. */
  public static final String PAY = "PAY";
  /** {@link #getLineType()} of a refund. */
  public static final String REFUND = "REFUND";

  /** the {@link ReconciliationDifferenceKind#wire()} name: MissingAtChannel, MissingInOurRecords, AmountDiffers, StatusDiffers */
  private String kind;
  /** PAY or REFUND */
  private String lineType;
  /** our payment id, the channel's out_trade_no */
  private String outTradeNo;
  /** a refund's request number; null for a payment */
  private String refundRequestNo;
  /** the channel's trade number, when the bill has a line */
  private String channelTradeNo;
  /** what our record says; null when we have none */
  private Money ourAmount;
  /** our status (Succeeded, Closed, Failed, Pending...); null when we have no record */
  private String ourStatus;
  /** when we recorded the payment (paid_at) or the refund (settled); null when we have no record */
  private Instant ourTime;
  /** what the bill says; null when it has no line */
  private Money channelAmount;
  /** the bill line's status as the channel writes it (TRADE_SUCCESS, REFUND_SUCCESS, SUCCESS...) */
  private String channelStatus;
  /** the bill line's time */
  private Instant channelTime;
  /** why, in words, when the kind alone does not say it (e.g. a second line for the same trade) */
  private String note;

  public String getKind() {
    return kind;
  }

  public ReconciliationDifference setKind(String kind) {
    this.kind = kind;
    return this;
  }

  public String getLineType() {
    return lineType;
  }

  public ReconciliationDifference setLineType(String lineType) {
    this.lineType = lineType;
    return this;
  }

  public String getOutTradeNo() {
    return outTradeNo;
  }

  public ReconciliationDifference setOutTradeNo(String outTradeNo) {
    this.outTradeNo = outTradeNo;
    return this;
  }

  public String getRefundRequestNo() {
    return refundRequestNo;
  }

  public ReconciliationDifference setRefundRequestNo(String refundRequestNo) {
    this.refundRequestNo = refundRequestNo;
    return this;
  }

  public String getChannelTradeNo() {
    return channelTradeNo;
  }

  public ReconciliationDifference setChannelTradeNo(String channelTradeNo) {
    this.channelTradeNo = channelTradeNo;
    return this;
  }

  public Money getOurAmount() {
    return ourAmount;
  }

  public ReconciliationDifference setOurAmount(Money ourAmount) {
    this.ourAmount = ourAmount;
    return this;
  }

  public String getOurStatus() {
    return ourStatus;
  }

  public ReconciliationDifference setOurStatus(String ourStatus) {
    this.ourStatus = ourStatus;
    return this;
  }

  public Instant getOurTime() {
    return ourTime;
  }

  public ReconciliationDifference setOurTime(Instant ourTime) {
    this.ourTime = ourTime;
    return this;
  }

  public Money getChannelAmount() {
    return channelAmount;
  }

  public ReconciliationDifference setChannelAmount(Money channelAmount) {
    this.channelAmount = channelAmount;
    return this;
  }

  public String getChannelStatus() {
    return channelStatus;
  }

  public ReconciliationDifference setChannelStatus(String channelStatus) {
    this.channelStatus = channelStatus;
    return this;
  }

  public Instant getChannelTime() {
    return channelTime;
  }

  public ReconciliationDifference setChannelTime(Instant channelTime) {
    this.channelTime = channelTime;
    return this;
  }

  public String getNote() {
    return note;
  }

  public ReconciliationDifference setNote(String note) {
    this.note = note;
    return this;
  }

  @Override
  public String toString() {
    return "ReconciliationDifference{" + "kind=" + kind + ", " + "lineType=" + lineType + ", " + "outTradeNo=" + outTradeNo + ", " + "refundRequestNo=" + refundRequestNo + ", " + "channelTradeNo=" + channelTradeNo + ", " + "ourAmount=" + ourAmount + ", " + "ourStatus=" + ourStatus + ", " + "ourTime=" + ourTime + ", " + "channelAmount=" + channelAmount + ", " + "channelStatus=" + channelStatus + ", " + "channelTime=" + channelTime + ", " + "note=" + note + "}";
  }
}
