package io.cloudtrade.payment.domain;

/** Why a balance changed; together with a reference it makes each change happen once. */
public enum BalanceEntryKind {
  DEPOSIT,
  PAYMENT
}
