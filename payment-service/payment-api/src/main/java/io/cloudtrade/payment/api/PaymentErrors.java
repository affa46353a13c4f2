package io.cloudtrade.payment.api;

/** Stable error codes of the payment service. */
public final class PaymentErrors {
  /** The cash balance is lower than the amount to pay. */
  public static final String INSUFFICIENT_BALANCE = "NotEnoughBalance";
  /** The account has no balance account. */
  public static final String BALANCE_ACCOUNT_NOT_FOUND = "BalanceAccountNotFound";
  /** The amount's currency is not the balance account's. */
  public static final String CURRENCY_MISMATCH = "CurrencyMismatch";
  /** The order was already paid with another account or amount. */
  public static final String PAYMENT_MISMATCH = "PaymentMismatch";
  /** The order has no payment. */
  public static final String PAYMENT_NOT_FOUND = "PaymentNotFound";
  /** The channel could not be reached or answered nothing usable; the payment's state is unknown until queried. */
  public static final String CHANNEL_UNAVAILABLE = "PaymentChannelUnavailable";
  /** The channel refused the payment; its own code is in the message. */
  public static final String CHANNEL_REJECTED = "PaymentChannelRejected";

  private PaymentErrors() {}
}
