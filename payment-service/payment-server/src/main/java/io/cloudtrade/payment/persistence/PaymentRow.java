package io.cloudtrade.payment.persistence;

import java.time.Instant;

/** A row of payment. */
public class PaymentRow {
  public long paymentId;
  public long orderId;
  public long accountId;
  public String channel;
  public String status;
  public long amountMinor;
  public String currency;
  public Instant createdAt;
  public Instant updatedAt;
}
