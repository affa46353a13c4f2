package io.cloudtrade.lifecycle.persistence;

import java.time.Instant;

/** Stuck work with what an operator needs to know of it (StuckWorkMapper.findStuck). */
public class StuckWorkRow {
  /** A stuck instance_spec version: {@link #id} names it. */
  public static final String SPEC = "SPEC";
  /** A stuck lifecycle action (STOP, START, RELEASE at expiry): {@link #notificationId} names it. */
  public static final String TASK = "TASK";

  /** {@link #SPEC} or {@link #TASK} */
  public String source;
  /** the instance_spec row (SPEC), 0 for a TASK */
  public long id;
  /** the production_task (TASK), null for a SPEC */
  public String notificationId;
  public String instanceId;
  /** 0 when the work carries out no order (a STOP or RELEASE at expiry) */
  public long orderId;
  public String orderType;
  /** the version's kind (SPEC); null for a TASK */
  public String kind;
  public int version;
  public int resends;
  public Instant stuckAt;
  public String productCode;
  public String region;
  /** the action of its latest notification */
  public String action;
  public Instant firstSentAt;
  public Instant lastSentAt;
}
