package io.cloudtrade.payment.persistence;

import java.time.Instant;

/** A row of channel_refund. */
public class ChannelRefundRow implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public long refundId;
  public long paymentId;
  public long accountId;
  public String requestNo;
  public long amountMinor;
  public String currency;
  /** Pending (asked, no answer yet), Succeeded, Failed */
  public String status;
  public String reason;
  public String failureReason;
  public Instant createdAt;
  public Instant updatedAt;
}
