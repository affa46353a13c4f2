package io.cloudtrade.lifecycle.api;

/** Instance statuses as Alibaba Cloud names them on the wire. */
public final class InstanceStatus {
  public static final String CREATING = "Creating";
  public static final String NORMAL = "Normal";
  public static final String WAIT_FOR_EXPIRE = "WaitForExpire";
  public static final String EXPIRED = "Expired";
  public static final String RELEASED = "Released";
  public static final String FAILED = "Failed";

  private InstanceStatus() {}
}
