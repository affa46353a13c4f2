package io.cloudtrade.lifecycle.api;

/** Instance statuses as Alibaba Cloud names them on the wire. */
public final class InstanceStatus {
  public static final String CREATING = "Creating";
  public static final String NORMAL = "Normal";
  public static final String WAIT_FOR_EXPIRE = "WaitForExpire";
  public static final String EXPIRED = "Expired";
  public static final String RELEASED = "Released";
  public static final String FAILED = "Failed";

  /** The sub-status of an Expired instance: its control plane was asked to stop it. */
  public static final String SUB_STATUS_STOPPED = "Stopped";

  private InstanceStatus() {}
}
