package io.cloudtrade.sandbox.wechatpay.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The states of a refund ({@code status}) and the transitions the sandbox allows between them. */
public enum RefundStatus {
  /** Accepted, the money is on its way back. */
  PROCESSING,
  /** The money is back with the payer. */
  SUCCESS,
  /** Closed without refunding. */
  CLOSED,
  /** Failed; needs a person. */
  ABNORMAL;

  private static final Map<RefundStatus, Set<RefundStatus>> NEXT = Map.of(
      PROCESSING, EnumSet.of(SUCCESS, CLOSED, ABNORMAL),
      SUCCESS, EnumSet.noneOf(RefundStatus.class),
      CLOSED, EnumSet.noneOf(RefundStatus.class),
      ABNORMAL, EnumSet.noneOf(RefundStatus.class));

  /** Whether the table allows going from this status to {@code next}. */
  public boolean canBecome(RefundStatus next) {
    return NEXT.get(this).contains(next);
  }
}
