package io.cloudtrade.lifecycle.api;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** An instance as QueryAvailableInstances shows it. */
public class InstanceView implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String instanceId;
  private long accountId;
  /** the order that created it */
  private long orderId;
  private String productCode;
  private String productType;
  private String region;
  private String subscriptionType;
  /** see {@link InstanceStatus} */
  private String status;
  /** e.g. {@code Normal}; {@code Stopped} when Expired (see {@link InstanceStatus#SUB_STATUS_STOPPED}) */
  private String subStatus;
  /** {@code ManualRenewal} or {@code AutoRenewal} */
  private String renewStatus;
  /** the current specification (attribute code to value) */
  private Map<String, String> spec;
  /** version of the specification, 1 for a new instance */
  private int specVersion;
  /** the control plane's id of the resource, once produced */
  private String resourceId;
  /** UTC */
  private Instant createTime;
  /** UTC, when the instance started running */
  private Instant startTime;
  /** UTC, end of the paid period for a subscription */
  private Instant endTime;
  /** UTC, when a Released instance was released; null otherwise */
  private Instant releaseTime;
  /** when the expired subscription was stopped (Expired; kept when Released after it), null otherwise */
  private Instant stopTime;
  /** UTC, when an Expired instance will be released unless it is renewed first; null otherwise */
  private Instant expectedReleaseTime;
  /** why production failed, if it did */
  private String failureReason;
  /** whose name the customer sees as the seller: CloudTrade, or a white-label reseller's brand */
  private String seller;

  public String getInstanceId() {
    return instanceId;
  }

  public InstanceView setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  public long getAccountId() {
    return accountId;
  }

  public InstanceView setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public long getOrderId() {
    return orderId;
  }

  public InstanceView setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public String getProductCode() {
    return productCode;
  }

  public InstanceView setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getProductType() {
    return productType;
  }

  public InstanceView setProductType(String productType) {
    this.productType = productType;
    return this;
  }

  public String getRegion() {
    return region;
  }

  public InstanceView setRegion(String region) {
    this.region = region;
    return this;
  }

  public String getSubscriptionType() {
    return subscriptionType;
  }

  public InstanceView setSubscriptionType(String subscriptionType) {
    this.subscriptionType = subscriptionType;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public InstanceView setStatus(String status) {
    this.status = status;
    return this;
  }

  public String getSubStatus() {
    return subStatus;
  }

  public InstanceView setSubStatus(String subStatus) {
    this.subStatus = subStatus;
    return this;
  }

  public String getRenewStatus() {
    return renewStatus;
  }

  public InstanceView setRenewStatus(String renewStatus) {
    this.renewStatus = renewStatus;
    return this;
  }

  public Map<String, String> getSpec() {
    return spec;
  }

  public InstanceView setSpec(Map<String, String> spec) {
    this.spec = spec;
    return this;
  }

  public int getSpecVersion() {
    return specVersion;
  }

  public InstanceView setSpecVersion(int specVersion) {
    this.specVersion = specVersion;
    return this;
  }

  public String getResourceId() {
    return resourceId;
  }

  public InstanceView setResourceId(String resourceId) {
    this.resourceId = resourceId;
    return this;
  }

  public Instant getCreateTime() {
    return createTime;
  }

  public InstanceView setCreateTime(Instant createTime) {
    this.createTime = createTime;
    return this;
  }

  public Instant getStartTime() {
    return startTime;
  }

  public InstanceView setStartTime(Instant startTime) {
    this.startTime = startTime;
    return this;
  }

  public Instant getEndTime() {
    return endTime;
  }

  public InstanceView setEndTime(Instant endTime) {
    this.endTime = endTime;
    return this;
  }

  public Instant getStopTime() {
    return stopTime;
  }

  public InstanceView setStopTime(Instant stopTime) {
    this.stopTime = stopTime;
    return this;
  }

  public Instant getReleaseTime() {
    return releaseTime;
  }

  public InstanceView setReleaseTime(Instant releaseTime) {
    this.releaseTime = releaseTime;
    return this;
  }

  public Instant getExpectedReleaseTime() {
    return expectedReleaseTime;
  }

  public InstanceView setExpectedReleaseTime(Instant expectedReleaseTime) {
    this.expectedReleaseTime = expectedReleaseTime;
    return this;
  }

  public String getFailureReason() {
    return failureReason;
  }

  public InstanceView setFailureReason(String failureReason) {
    this.failureReason = failureReason;
    return this;
  }

  public String getSeller() {
    return seller;
  }

  public InstanceView setSeller(String seller) {
    this.seller = seller;
    return this;
  }

  @Override
  public String toString() {
    return "InstanceView{" + "instanceId=" + instanceId + ", " + "accountId=" + accountId + ", " + "orderId=" + orderId + ", " + "productCode=" + productCode + ", " + "productType=" + productType + ", " + "region=" + region + ", " + "subscriptionType=" + subscriptionType + ", " + "status=" + status + ", " + "subStatus=" + subStatus + ", " + "renewStatus=" + renewStatus + ", " + "spec=" + spec + ", " + "specVersion=" + specVersion + ", " + "resourceId=" + resourceId + ", " + "createTime=" + createTime + ", " + "startTime=" + startTime + ", " + "endTime=" + endTime + ", " + "releaseTime=" + releaseTime + ", " + "stopTime=" + stopTime + ", " + "expectedReleaseTime=" + expectedReleaseTime + ", " + "failureReason=" + failureReason  + ", seller=" + seller + "}";
  }
}
