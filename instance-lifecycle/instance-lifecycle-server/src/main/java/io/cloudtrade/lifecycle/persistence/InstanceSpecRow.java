package io.cloudtrade.lifecycle.persistence;

import java.time.Instant;

/**
 * A row of instance_spec: one version of an instance's specification ({@code spec} is its JSON).
 * {@code kind} and {@code status} are the names of the domain's SpecKind and SpecState.
 */
public class InstanceSpecRow {
  public long id;
  public String instanceId;
  public int version;
  public String spec;
  /** the order that made it; for a REVERT, the temporary upgrade's order */
  public long orderId;
  public String orderType;
  public String kind;
  public String status;
  /** SCHEDULED: when it starts */
  public Instant applyAt;
  /** TEMPORARY: when it reverts */
  public Instant revertAt;
  /** TEMPORARY and REVERT: the version whose specification the revert restores */
  public Integer revertsToVersion;
  /** when the poller has work for it; null when none */
  public Instant dueAt;
  /** why it failed */
  public String reason;
  public Instant createdTime;
  public Instant updatedTime;
  /** how often the poller sent its notification again (since the first send, or an operator's re-arm) */
  public int resends;
  /** when its notification's attempts were spent (due_at is then null); null when not stuck */
  public Instant stuckAt;
  /** VERSIONED or DIRECT, see the V4 migration */
  public String flow = "VERSIONED";
}
