package io.cloudtrade.order.api;

import java.io.Serial;
import java.io.Serializable;

/** A reseller's decision on an order its rules held for approval. */
public class ApproveOrderCommand implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the reseller deciding; the order must be one of its customers' */
  private long resellerId;
  private long orderId;
  /** true: approve; false: reject (the order is cancelled) */
  private boolean approve;
  /** optional, for the record */
  private String reason;

  public long getResellerId() {
    return resellerId;
  }

  public ApproveOrderCommand setResellerId(long resellerId) {
    this.resellerId = resellerId;
    return this;
  }

  public long getOrderId() {
    return orderId;
  }

  public ApproveOrderCommand setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public boolean isApprove() {
    return approve;
  }

  public ApproveOrderCommand setApprove(boolean approve) {
    this.approve = approve;
    return this;
  }

  public String getReason() {
    return reason;
  }

  public ApproveOrderCommand setReason(String reason) {
    this.reason = reason;
    return this;
  }

  @Override
  public String toString() {
    return "ApproveOrderCommand{" + "resellerId=" + resellerId + ", " + "orderId=" + orderId + ", " + "approve=" + approve + ", " + "reason=" + reason + "}";
  }
}
