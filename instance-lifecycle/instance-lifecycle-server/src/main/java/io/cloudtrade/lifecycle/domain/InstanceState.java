package io.cloudtrade.lifecycle.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of an instance and, in {@link #TRANSITIONS}, every allowed change between them: the one
 * place that says what may follow what. Wire names are those of the api module's InstanceStatus.
 */
public enum InstanceState {
  CREATING("Creating"),
  NORMAL("Normal"),
  WAIT_FOR_EXPIRE("WaitForExpire"),
  EXPIRED("Expired"),
  RELEASED("Released"),
  FAILED("Failed");

  private static final Map<InstanceState, Set<InstanceState>> TRANSITIONS = new EnumMap<>(InstanceState.class);

  static {
    // production: the control plane acknowledges success or failure
    TRANSITIONS.put(CREATING, EnumSet.of(NORMAL, FAILED));
    // a subscription nears its end, or the customer releases a running instance (a Refund order)
    TRANSITIONS.put(NORMAL, EnumSet.of(WAIT_FOR_EXPIRE, RELEASED));
    // renewed in time, or not (stopped at the end time plus stop-after); or released by a Refund order
    TRANSITIONS.put(WAIT_FOR_EXPIRE, EnumSet.of(NORMAL, EXPIRED, RELEASED));
    // renewed after expiry (started again), or released when the grace period ends
    TRANSITIONS.put(EXPIRED, EnumSet.of(NORMAL, RELEASED));
    TRANSITIONS.put(RELEASED, EnumSet.noneOf(InstanceState.class));
    TRANSITIONS.put(FAILED, EnumSet.noneOf(InstanceState.class));
  }

  private final String wireName;

  InstanceState(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The sub-status an instance shows when it enters this state: the wire name, except Expired,
   * which is {@code Stopped} (its control plane was asked to stop it when it expired). Other
   * sub-statuses (e.g. ModifyFailed) are set by the flows that flag them.
   */
  public String subStatus() {
    return this == EXPIRED ? "Stopped" : wireName;
  }

  /** The name stored in the database and shown in contracts, e.g. {@code Creating}. */
  public String wireName() {
    return wireName;
  }

  public boolean canMoveTo(InstanceState target) {
    return TRANSITIONS.get(this).contains(target);
  }

  /** The states that may follow this one; empty for a final state. */
  public Set<InstanceState> next() {
    Set<InstanceState> next = TRANSITIONS.get(this);
    return next.isEmpty() ? Set.of() : EnumSet.copyOf(next);
  }

  public boolean isFinal() {
    return TRANSITIONS.get(this).isEmpty();
  }

  /**
   * The state of a wire name.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static InstanceState ofWireName(String wireName) {
    for (InstanceState s : values()) {
      if (s.wireName.equals(wireName)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown instance status: " + wireName);
  }
}
