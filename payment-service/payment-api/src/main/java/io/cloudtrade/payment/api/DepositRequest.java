package io.cloudtrade.payment.api;

import io.cloudtrade.kernel.BusinessField;
import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;

/** Credit money to an account (top-up, or demo seeding). Idempotent by {@code reference}. */
public class DepositRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @BusinessField("accountId")
  private long accountId;
  /** positive */
  @BusinessField("amount")
  private Money amount;
  /** caller's unique id of this deposit; the same reference twice credits once */
  private String reference;

  public long getAccountId() {
    return accountId;
  }

  public DepositRequest setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public DepositRequest setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  public String getReference() {
    return reference;
  }

  public DepositRequest setReference(String reference) {
    this.reference = reference;
    return this;
  }

  @Override
  public String toString() {
    return "DepositRequest{" + "accountId=" + accountId + ", " + "amount=" + amount + ", " + "reference=" + reference + "}";
  }
}
