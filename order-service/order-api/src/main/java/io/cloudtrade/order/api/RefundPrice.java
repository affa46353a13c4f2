package io.cloudtrade.order.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** What unsubscribing an instance now gives back (BSS InquiryPriceRefundInstance). */
public class RefundPrice implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String instanceId;
  /** what was paid for the current paid period */
  private Money paid;
  /** the prorated share of the unused rest of the period */
  private Money refund;
  private Instant periodStart;
  private Instant periodEnd;
  /** the moment the refund is computed for */
  private Instant at;

  public String getInstanceId() {
    return instanceId;
  }

  public RefundPrice setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  public Money getPaid() {
    return paid;
  }

  public RefundPrice setPaid(Money paid) {
    this.paid = paid;
    return this;
  }

  public Money getRefund() {
    return refund;
  }

  public RefundPrice setRefund(Money refund) {
    this.refund = refund;
    return this;
  }

  public Instant getPeriodStart() {
    return periodStart;
  }

  public RefundPrice setPeriodStart(Instant periodStart) {
    this.periodStart = periodStart;
    return this;
  }

  public Instant getPeriodEnd() {
    return periodEnd;
  }

  public RefundPrice setPeriodEnd(Instant periodEnd) {
    this.periodEnd = periodEnd;
    return this;
  }

  public Instant getAt() {
    return at;
  }

  public RefundPrice setAt(Instant at) {
    this.at = at;
    return this;
  }

  @Override
  public String toString() {
    return "RefundPrice{" + "instanceId=" + instanceId + ", " + "paid=" + paid + ", " + "refund=" + refund + ", " + "periodStart=" + periodStart + ", " + "periodEnd=" + periodEnd + ", " + "at=" + at + "}";
  }
}
