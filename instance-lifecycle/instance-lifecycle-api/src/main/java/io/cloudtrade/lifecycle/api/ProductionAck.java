package io.cloudtrade.lifecycle.api;

import io.cloudtrade.kernel.BusinessField;
import java.io.Serial;
import java.io.Serializable;

/** A control plane's answer to a production notification. */
public class ProductionAck implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @BusinessField("instanceId")
  private String instanceId;
  private String notificationId;
  private boolean success;
  /** the control plane's id of the resource, on success */
  private String resourceId;
  /** why it failed, on failure */
  private String reason;

  public String getInstanceId() {
    return instanceId;
  }

  public ProductionAck setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  public String getNotificationId() {
    return notificationId;
  }

  public ProductionAck setNotificationId(String notificationId) {
    this.notificationId = notificationId;
    return this;
  }

  public boolean isSuccess() {
    return success;
  }

  public ProductionAck setSuccess(boolean success) {
    this.success = success;
    return this;
  }

  public String getResourceId() {
    return resourceId;
  }

  public ProductionAck setResourceId(String resourceId) {
    this.resourceId = resourceId;
    return this;
  }

  public String getReason() {
    return reason;
  }

  public ProductionAck setReason(String reason) {
    this.reason = reason;
    return this;
  }

  @Override
  public String toString() {
    return "ProductionAck{" + "instanceId=" + instanceId + ", " + "notificationId=" + notificationId + ", " + "success=" + success + ", " + "resourceId=" + resourceId + ", " + "reason=" + reason + "}";
  }
}
