package io.cloudtrade.lifecycle.persistence;

import java.time.Instant;

/** A stuck version of instance_spec with what an operator needs to know of it (InstanceSpecMapper.findStuck). */
public class StuckWorkRow {
  /** the instance_spec row */
  public long id;
  public String instanceId;
  public long orderId;
  public String orderType;
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
