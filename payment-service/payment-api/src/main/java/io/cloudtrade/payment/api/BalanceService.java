package io.cloudtrade.payment.api;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;

/** Account balances and balance payments, exported over Dubbo. */
public interface BalanceService {
  /**
   * Opens the balance account of an account, in its currency. Opening it again is a no-op.
   *
   * @return the balance; or {@link PaymentErrors#CURRENCY_MISMATCH} if it exists in another currency
   */
  Outcome<AccountBalance> openAccount(long accountId, String currency);

  /**
   * Credits money. Idempotent by reference.
   *
   * @return the new balance; or {@link PaymentErrors#BALANCE_ACCOUNT_NOT_FOUND}, {@link
   *     PaymentErrors#CURRENCY_MISMATCH}, {@link io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER}
   *     (amount not positive)
   */
  Outcome<AccountBalance> deposit(DepositRequest request);

  /**
   * Pays an order from the balance: debits the cash balance (never below zero, a conditional update)
   * and records a SUCCEEDED payment, in one transaction. Idempotent by order id: a repeated request
   * returns the first payment and debits nothing.
   *
   * @return the payment; or {@link PaymentErrors#INSUFFICIENT_BALANCE}, {@link
   *     PaymentErrors#BALANCE_ACCOUNT_NOT_FOUND}, {@link PaymentErrors#CURRENCY_MISMATCH}, {@link
   *     PaymentErrors#PAYMENT_MISMATCH} (same order paid before with another account or amount)
   */
  Outcome<Payment> payFromBalance(BalancePaymentRequest request);

  /**
   * The payment of an order, if any.
   *
   * @return the payment, or {@link PaymentErrors#PAYMENT_NOT_FOUND}
   */
  Outcome<Payment> findPaymentOfOrder(long accountId, long orderId);

  /**
   * The account's balance.
   *
   * @return the balance, or {@link PaymentErrors#BALANCE_ACCOUNT_NOT_FOUND}
   */
  Outcome<AccountBalance> queryBalance(long accountId);

  /**
   * The account's balance payments for the console, newest first, one page at a time; an empty page
   * when there is nothing (more).
   *
   * @return the page; or {@link io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER} (no page, or a page
   *     number or size out of range)
   */
  Outcome<Page<Payment>> listPayments(long accountId, PageRequest page);
}
