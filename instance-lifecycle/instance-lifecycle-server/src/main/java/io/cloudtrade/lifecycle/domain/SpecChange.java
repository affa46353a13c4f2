package io.cloudtrade.lifecycle.domain;

import java.time.Instant;
import java.util.Map;

/**
 * What a paid change of specification (Upgrade, Downgrade, TemporaryUpgrade) does to an instance:
 * the version it writes and how that version starts, or why it is refused.
 *
 * <p>A change applies only to a Normal instance, only on top of the version it was priced against
 * (the instance's current version), and only while no other change is under way (see {@link
 * SpecState#blocksChanges}). It becomes version current + 1. A temporary upgrade needs a window that
 * has not ended; it waits as {@link SpecState#SCHEDULED} when its window starts later, and reverts
 * at the window's end.
 *
 * @param kind PERMANENT or TEMPORARY
 * @param version the version the change becomes
 * @param initial {@link SpecState#PENDING} (ask the control plane now) or {@link SpecState#SCHEDULED}
 * @param applyAt when a scheduled change starts; null when it starts now
 * @param revertAt when a temporary upgrade reverts; null for a permanent change
 * @param refusal null when the change is accepted, else why it is refused
 */
public record SpecChange(SpecKind kind, int version, SpecState initial, Instant applyAt, Instant revertAt, String refusal) {
  public static final String UPGRADE = "Upgrade";
  public static final String DOWNGRADE = "Downgrade";
  public static final String TEMPORARY_UPGRADE = "TemporaryUpgrade";

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
    if (spec == null || spec.isEmpty()) {
      return refuse("the order carries no specification");
    }
    if (state != InstanceState.NORMAL) {
      return refuse("instance is " + state.wireName() + ": only a Normal instance can change its specification");
    }
    if (baseVersion != currentVersion) {
      return refuse("the order was priced against specification version " + baseVersion
          + ", but the instance is at version " + currentVersion);
    }
    if (changeUnderWay) {
      return refuse("another change of the instance's specification is under way");
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
   * Why a scheduled temporary upgrade can no longer start when its window opens, or null when it
   * can: the instance must still be Normal and at the version below it, and the window open.
   */
  public static String startRefusal(InstanceState state, int currentVersion, int version, Instant revertAt, Instant now) {
    if (state != InstanceState.NORMAL) {
      return "instance is " + state.wireName() + " when the temporary upgrade should start";
    }
    if (currentVersion != version - 1) {
      return "instance is at specification version " + currentVersion + " when the temporary upgrade to version "
          + version + " should start";
    }
    if (revertAt != null && !revertAt.isAfter(now)) {
      return "the temporary upgrade's window ended at " + revertAt + " before it could start";
    }
    return null;
  }

  private static SpecChange refuse(String why) {
    return new SpecChange(null, 0, null, null, null, why);
  }
}
