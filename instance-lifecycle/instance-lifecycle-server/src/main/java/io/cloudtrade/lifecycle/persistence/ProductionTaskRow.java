package io.cloudtrade.lifecycle.persistence;

import java.time.Instant;

/** A row of production_task: one production notification sent for an instance. */
public class ProductionTaskRow {
  public String notificationId;
  public String instanceId;
  public int attempt;
  public Instant sentAt;
  /** null until the control plane acknowledged */
  public Instant ackedAt;
  /** null until acknowledged, then {@code SUCCESS} or {@code FAILURE} */
  public String outcome;
}
