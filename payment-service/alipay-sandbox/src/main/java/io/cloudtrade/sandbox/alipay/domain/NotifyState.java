package io.cloudtrade.sandbox.alipay.domain;

/** Where the delivery of one notify stands. */
public enum NotifyState {
  /** Not yet answered "success"; more attempts may come. */
  PENDING,
  /** Answered "success". */
  DELIVERED,
  /** Never sent: the DROP policy (or RANDOM's draw) dropped it. */
  DROPPED,
  /** The retry schedule is exhausted without a "success". */
  GAVE_UP
}
