package io.cloudtrade.reseller.api;

import java.io.Serial;
import java.io.Serializable;

/** A reseller freezes or thaws a customer, or hands its arrears control to CloudTrade (SetResellerUserStatus). */
public class CustomerStatusRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private long resellerId;
  private long customerId;
  /** FREEZE or TRUSTEESHIP */
  private String businessType;
  /** Freeze or Thaw (FREEZE); Trusteeship or TrusteeshipCancel (TRUSTEESHIP) */
  private String status;

  public long getResellerId() {
    return resellerId;
  }

  public CustomerStatusRequest setResellerId(long resellerId) {
    this.resellerId = resellerId;
    return this;
  }

  public long getCustomerId() {
    return customerId;
  }

  public CustomerStatusRequest setCustomerId(long customerId) {
    this.customerId = customerId;
    return this;
  }

  public String getBusinessType() {
    return businessType;
  }

  public CustomerStatusRequest setBusinessType(String businessType) {
    this.businessType = businessType;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public CustomerStatusRequest setStatus(String status) {
    this.status = status;
    return this;
  }

  @Override
  public String toString() {
    return "CustomerStatusRequest{" + "resellerId=" + resellerId + ", " + "customerId=" + customerId + ", " + "businessType=" + businessType + ", " + "status=" + status + "}";
  }
}
