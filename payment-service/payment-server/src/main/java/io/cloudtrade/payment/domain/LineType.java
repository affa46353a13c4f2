package io.cloudtrade.payment.domain;

/** A movement of money through a channel: a payment taken, or a refund made. Wire names PAY, REFUND. */
public enum LineType {
  PAY,
  REFUND
}
