package io.cloudtrade.payment.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of reconciliation_difference. */
public class ReconciliationDifferenceRow {
  public long differenceId;
  public String channel;
  public LocalDate billDay;
  /** the wire name of io.cloudtrade.payment.api.ReconciliationDifferenceKind */
  public String kind;
  /** PAY or REFUND */
  public String lineType;
  public String outTradeNo;
  public String refundRequestNo;
  public String channelTradeNo;
  public Long ourAmountMinor;
  public String ourStatus;
  public Instant ourTime;
  public Long channelAmountMinor;
  public String channelStatus;
  public Instant channelTime;
  public String currency;
  public String note;
}
