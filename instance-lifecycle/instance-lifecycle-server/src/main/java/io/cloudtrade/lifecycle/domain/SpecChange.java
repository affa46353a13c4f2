package io.cloudtrade.lifecycle.domain;

import java.time.Instant;
import java.util.Map;

/**
 * What a paid change of specification (Upgrade, Downgrade, TemporaryUpgrade, and the change half of
 * a RenewChange) does to an instance: the version it writes and how that version starts, or why it
 * is refused.
 *
 * <p>A change applies only to a Normal instance, only on top of the version it was priced against
 * (the instance's current version), and only while no other change is under way (see {@link
 * SpecState#blocksChanges}). It becomes version current + 1. A temporary upgrade needs a window that
 * has not ended; it waits as {@link SpecState#SCHEDULED} when its window starts later, and reverts
 * at the window's end. A RenewChange's new specification is permanent and starts with the renewed
 * period: it waits as {@link SpecState#SCHEDULED} until the old end time when that is still ahead
 * (see {@link #renewChange}). When it fails, the renewal stands: the order took effect in part
 * ({@link #partialOnFailure}).
 *
 * @param kind PERMANENT or TEMPORARY
 * @param version the version the change becomes
 * @param initial {@link SpecState#PENDING} (ask the control plane now) or {@link SpecState#SCHEDULED}
 * @param applyAt when a scheduled change starts (a temporary upgrade's window, a RenewChange's
 *     renewed period); null when it starts now
 * @param revertAt when a temporary upgrade reverts; null for a permanent change
 * @param refusal null when the change is accepted, else why it is refused
 */
public record SpecChange(SpecKind kind, int version, SpecState initial, Instant applyAt, Instant revertAt, String refusal) {
  public static final String UPGRADE = "Upgrade";
  public static final String DOWNGRADE = "Downgrade";
  public static final String TEMPORARY_UPGRADE = "TemporaryUpgrade";
  /** BSS RenewChangeInstance: a renewal plus a permanent change that starts with the renewed period */
  public static final String RENEW_CHANGE = "RenewChange";

  public boolean refused() {
    return refusal != null;
  }

  /** Whether the order type is a change of specification. */
  public static boolean isChange(String orderType) {
    return UPGRADE.equals(orderType) || DOWNGRADE.equals(orderType) || TEMPORARY_UPGRADE.equals(orderType);
  }

  /**
   * Plans a change.
   *
   * @param state the instance's state now
   * @param currentVersion the instance's specification version now
   * @param changeUnderWay whether another change of the instance is not settled yet
   * @param orderType Upgrade, Downgrade or TemporaryUpgrade
   * @param baseVersion the version the order was priced against
   * @param spec the full new specification
   * @param now the time now
   * @param windowStart TemporaryUpgrade: when it starts (null: now)
   * @param windowEnd TemporaryUpgrade: when it reverts
   */
  public static SpecChange of(InstanceState state, int currentVersion, boolean changeUnderWay, String orderType,
      int baseVersion, Map<String, String> spec, Instant now, Instant windowStart, Instant windowEnd) {
    if (!isChange(orderType)) {
      return refuse("order type " + orderType + " is not a change of specification");
    }
    String refusal = refusal(state, currentVersion, changeUnderWay, baseVersion, spec);
    if (refusal != null) {
      return refuse(refusal);
    }
    if (!TEMPORARY_UPGRADE.equals(orderType)) {
      return new SpecChange(SpecKind.PERMANENT, currentVersion + 1, SpecState.PENDING, null, null, null);
    }
    if (windowEnd == null) {
      return refuse("a temporary upgrade needs the end of its window");
    }
    if (windowStart != null && !windowEnd.isAfter(windowStart)) {
      return refuse("the temporary upgrade's window ends (" + windowEnd + ") before it starts (" + windowStart + ")");
    }
    if (!windowEnd.isAfter(now)) {
      return refuse("the temporary upgrade's window ended at " + windowEnd);
    }
    boolean later = windowStart != null && windowStart.isAfter(now);
    return new SpecChange(SpecKind.TEMPORARY, currentVersion + 1, later ? SpecState.SCHEDULED : SpecState.PENDING,
        later ? windowStart : null, windowEnd, null);
  }

  /**
   * Plans the change of a RenewChange order: its full new specification becomes a PERMANENT version
   * current + 1 from the start of the renewed period. The same rules as any change (Normal, on its
   * base version, no other change under way); it waits as {@link SpecState#SCHEDULED} with {@code
   * applyAt} the start of the renewed period when that is after {@code now}, else it starts now
   * ({@link SpecState#PENDING}).
   *
   * @param state the instance's state now
   * @param currentVersion the instance's specification version now
   * @param changeUnderWay whether another change of the instance is not settled yet
   * @param baseVersion the version the order was priced against
   * @param spec the full new specification
   * @param now the time now
   * @param renewedPeriodStart when the renewed period starts: the end time before the renewal
   */
  public static SpecChange renewChange(InstanceState state, int currentVersion, boolean changeUnderWay, int baseVersion,
      Map<String, String> spec, Instant now, Instant renewedPeriodStart) {
    String refusal = refusal(state, currentVersion, changeUnderWay, baseVersion, spec);
    if (refusal != null) {
      return refuse(refusal);
    }
    if (renewedPeriodStart == null) {
      return refuse("a renewal with a change of specification needs the start of the renewed period");
    }
    boolean later = renewedPeriodStart.isAfter(now);
    return new SpecChange(SpecKind.PERMANENT, currentVersion + 1, later ? SpecState.SCHEDULED : SpecState.PENDING,
        later ? renewedPeriodStart : null, null, null);
  }

  /**
   * Whether an order of this type still took effect in part when its version fails: a RenewChange's
   * renewal stands when its new specification cannot be applied (only the price difference goes
   * back). Any other change that fails took no effect at all.
   */
  public static boolean partialOnFailure(String orderType) {
    return RENEW_CHANGE.equals(orderType);
  }

  /**
   * Why a scheduled version (a temporary upgrade whose window opens, a RenewChange's specification
   * whose renewed period starts) can no longer start, or null when it can: the instance must still
   * be Normal and at the version below it, and a temporary upgrade's window open.
   *
   * @param revertAt a temporary upgrade's window end; null for a permanent version
   */
  public static String startRefusal(InstanceState state, int currentVersion, int version, Instant revertAt, Instant now) {
    if (state != InstanceState.NORMAL) {
      return "instance is " + state.wireName() + " when specification version " + version + " should start";
    }
    if (currentVersion != version - 1) {
      return "instance is at specification version " + currentVersion + " when version " + version + " should start";
    }
    if (revertAt != null && !revertAt.isAfter(now)) {
      return "the temporary upgrade's window ended at " + revertAt + " before it could start";
    }
    return null;
  }

  /** The rules every change follows; null when they allow it. */
  private static String refusal(InstanceState state, int currentVersion, boolean changeUnderWay, int baseVersion,
      Map<String, String> spec) {
    if (spec == null || spec.isEmpty()) {
      return "the order carries no specification";
    }
    if (state != InstanceState.NORMAL) {
      return "instance is " + state.wireName() + ": only a Normal instance can change its specification";
    }
    if (baseVersion != currentVersion) {
      return "the order was priced against specification version " + baseVersion + ", but the instance is at version "
          + currentVersion;
    }
    if (changeUnderWay) {
      return "another change of the instance's specification is under way";
    }
    return null;
  }

  private static SpecChange refuse(String why) {
    return new SpecChange(null, 0, null, null, null, why);
  }
}
