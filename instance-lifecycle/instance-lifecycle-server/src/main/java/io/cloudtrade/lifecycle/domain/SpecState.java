package io.cloudtrade.lifecycle.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of one version of an instance's specification and, in {@link #TRANSITIONS}, every
 * allowed change between them: the one place that says what may follow what.
 *
 * <pre>
 * SCHEDULED --(start due)--> PENDING --(ack success)--> APPLIED --(TEMPORARY: revert due)--> REVERTING --(revert acked)--> REVERTED
 *     \--(cannot start)--> FAILED   \--(ack failure)--> FAILED
 * </pre>
 *
 * SCHEDULED is a TEMPORARY version waiting for its window, or a PERMANENT one (a RenewChange's new
 * specification) waiting for its renewed period to start; both start the same way.
 *
 * A REVERT version whose acknowledgement fails stays PENDING and is sent again later: a revert must
 * eventually happen.
 */
public enum SpecState {
  SCHEDULED,
  PENDING,
  APPLIED,
  FAILED,
  REVERTING,
  REVERTED;

  private static final Map<SpecState, Set<SpecState>> TRANSITIONS = new EnumMap<>(SpecState.class);

  static {
    // a temporary upgrade's window, or a RenewChange's renewed period, starts (or it can no longer start)
    TRANSITIONS.put(SCHEDULED, EnumSet.of(PENDING, FAILED));
    // the control plane acknowledges
    TRANSITIONS.put(PENDING, EnumSet.of(APPLIED, FAILED));
    // a temporary upgrade's window ends
    TRANSITIONS.put(APPLIED, EnumSet.of(REVERTING));
    // the revert was applied
    TRANSITIONS.put(REVERTING, EnumSet.of(REVERTED));
    TRANSITIONS.put(FAILED, EnumSet.noneOf(SpecState.class));
    TRANSITIONS.put(REVERTED, EnumSet.noneOf(SpecState.class));
  }

  public boolean canMoveTo(SpecState target) {
    return TRANSITIONS.get(this).contains(target);
  }

  /** The states that may follow this one; empty for a final state. */
  public Set<SpecState> next() {
    Set<SpecState> next = TRANSITIONS.get(this);
    return next.isEmpty() ? Set.of() : EnumSet.copyOf(next);
  }

  public boolean isFinal() {
    return TRANSITIONS.get(this).isEmpty();
  }

  /**
   * Whether a version in this state (of this kind) keeps other changes off the instance: one not
   * yet settled, or a temporary upgrade that still has to revert.
   */
  public boolean blocksChanges(SpecKind kind) {
    return this == SCHEDULED || this == PENDING || this == REVERTING || (this == APPLIED && kind == SpecKind.TEMPORARY);
  }

  /**
   * Checks a transition.
   *
   * @throws IllegalStateException when {@code target} may not follow this state
   */
  public SpecState to(SpecState target) {
    if (!canMoveTo(target)) {
      throw new IllegalStateException("a specification version cannot go from " + this + " to " + target);
    }
    return target;
  }
}
