package io.cloudtrade.reseller.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;

/** A use (or a release) of a reseller customer's credit quota. */
public class CreditRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private long customerId;
  /** the reservation's id, unique per use, e.g. order-123; reserving it again changes nothing */
  private String reference;
  /** for a release: what it is for (e.g. cancelled, refund); each (reference, release) pair counts once */
  private String release;
  /** positive */
  private Money amount;

  public long getCustomerId() {
    return customerId;
  }

  public CreditRequest setCustomerId(long customerId) {
    this.customerId = customerId;
    return this;
  }

  public String getReference() {
    return reference;
  }

  public CreditRequest setReference(String reference) {
    this.reference = reference;
    return this;
  }

  public String getRelease() {
    return release;
  }

  public CreditRequest setRelease(String release) {
    this.release = release;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public CreditRequest setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  @Override
  public String toString() {
    return "CreditRequest{" + "customerId=" + customerId + ", " + "reference=" + reference + ", " + "release=" + release + ", " + "amount=" + amount + "}";
  }
}
