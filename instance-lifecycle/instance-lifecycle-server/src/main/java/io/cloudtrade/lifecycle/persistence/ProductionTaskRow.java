package io.cloudtrade.lifecycle.persistence;

import java.time.Instant;

/** A row of production_task: one production notification sent for an instance. */
public class ProductionTaskRow {
  public String notificationId;
  public String instanceId;
  public int attempt;
  /** {@code CREATE}, {@code MODIFY}, {@code RELEASE}, {@code STOP} or {@code START} */
  public String action;
  /** the order it carries out; null for the revert of a temporary upgrade (it has no order of its own) */
  public Long orderId;
  /** the order's type (New, Upgrade, ..., Refund); null for a revert */
  public String orderType;
  /** the specification version it produces (CREATE, MODIFY) or the instance had (RELEASE) */
  public Integer specVersion;
  /** the instance_spec row of that version (CREATE, MODIFY) */
  public Long specId;
  public Instant sentAt;
  /** null until the control plane acknowledged */
  public Instant ackedAt;
  /** null until acknowledged, then {@code SUCCESS} or {@code FAILURE} */
  public String outcome;
  /** the control plane's reason, on failure */
  public String reason;
  /**
   * a STOP, START or RELEASE at expiry still unacknowledged: when it is sent again (or declared
   * stuck); null otherwise
   */
  public Instant dueAt;
  /** re-sends of this notification since it was first sent or re-armed */
  public int resends;
  /** its latest send */
  public Instant lastSentAt;
  /** when its attempts were spent; null unless stuck */
  public Instant stuckAt;
}
