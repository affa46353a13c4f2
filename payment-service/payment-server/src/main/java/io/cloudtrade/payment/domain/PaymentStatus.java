package io.cloudtrade.payment.domain;

import java.util.Map;
import java.util.Set;

/**
 * Payment states and the transitions between them, declared in one place. Every change of state in
 * the database is a conditional update from an allowed predecessor.
 */
public enum PaymentStatus {
  PENDING,
  SUCCEEDED,
  FAILED;

  private static final Map<PaymentStatus, Set<PaymentStatus>> NEXT =
      Map.of(PENDING, Set.of(SUCCEEDED, FAILED), SUCCEEDED, Set.of(), FAILED, Set.of());

  public boolean canBecome(PaymentStatus next) {
    return NEXT.get(this).contains(next);
  }
}
