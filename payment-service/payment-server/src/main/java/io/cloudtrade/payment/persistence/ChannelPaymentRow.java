package io.cloudtrade.payment.persistence;

import java.time.Instant;

/** A row of channel_payment. */
public class ChannelPaymentRow {
  public long paymentId;
  public long orderId;
  public long accountId;
  public String channel;
  public String scene;
  public String status;
  public long amountMinor;
  public String currency;
  public String subject;
  public String qrCode;
  public String channelTradeNo;
  public String failureReason;
  public Instant createdAt;
  public Instant updatedAt;
  public Instant paidAt;
  public Instant expiresAt;
  /** Read by the janitor's query only. */
  public Instant nextCheckAt;
}
