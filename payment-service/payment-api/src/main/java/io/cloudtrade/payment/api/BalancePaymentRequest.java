package io.cloudtrade.payment.api;

import io.cloudtrade.kernel.BusinessField;
import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;

/** Pay an order from the account's balance. Idempotent by {@code orderId}. */
public class BalancePaymentRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** who pays */
  @BusinessField("accountId")
  private long accountId;
  /** what is paid; a second request for the same order returns the first payment */
  @BusinessField("orderId")
  private long orderId;
  /** must equal the order's amount; a second request with another amount is rejected */
  @BusinessField("amount")
  private Money amount;

  public long getAccountId() {
    return accountId;
  }

  public BalancePaymentRequest setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public long getOrderId() {
    return orderId;
  }

  public BalancePaymentRequest setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public BalancePaymentRequest setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  @Override
  public String toString() {
    return "BalancePaymentRequest{" + "accountId=" + accountId + ", " + "orderId=" + orderId + ", " + "amount=" + amount + "}";
  }
}
