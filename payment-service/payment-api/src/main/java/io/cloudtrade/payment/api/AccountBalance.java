package io.cloudtrade.payment.api;

import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;

/** An account's money, as QueryAccountBalance shows it. */
public class AccountBalance implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private long accountId;
  private String currency;
  /** cash plus credit still usable */
  private Money availableAmount;
  /** cash balance */
  private Money availableCashAmount;
  /** credit line (zero until resellers' credit lines exist) */
  private Money creditAmount;

  public long getAccountId() {
    return accountId;
  }

  public AccountBalance setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getCurrency() {
    return currency;
  }

  public AccountBalance setCurrency(String currency) {
    this.currency = currency;
    return this;
  }

  public Money getAvailableAmount() {
    return availableAmount;
  }

  public AccountBalance setAvailableAmount(Money availableAmount) {
    this.availableAmount = availableAmount;
    return this;
  }

  public Money getAvailableCashAmount() {
    return availableCashAmount;
  }

  public AccountBalance setAvailableCashAmount(Money availableCashAmount) {
    this.availableCashAmount = availableCashAmount;
    return this;
  }

  public Money getCreditAmount() {
    return creditAmount;
  }

  public AccountBalance setCreditAmount(Money creditAmount) {
    this.creditAmount = creditAmount;
    return this;
  }

  @Override
  public String toString() {
    return "AccountBalance{" + "accountId=" + accountId + ", " + "currency=" + currency + ", " + "availableAmount=" + availableAmount + ", " + "availableCashAmount=" + availableCashAmount + ", " + "creditAmount=" + creditAmount + "}";
  }
}
