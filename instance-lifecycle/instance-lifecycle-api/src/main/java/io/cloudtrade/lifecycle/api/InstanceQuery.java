package io.cloudtrade.lifecycle.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** Filters of QueryAvailableInstances. Null filters match everything. */
public class InstanceQuery implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private long accountId;
  private String productCode;
  private String region;
  /** one status ({@link InstanceStatus}) or several separated by commas, e.g. {@code Normal,Expired} */
  private String status;
  private String subscriptionType;
  private List<String> instanceIds;
  /** from 1 */
  private int pageNum;
  private int pageSize;

  public long getAccountId() {
    return accountId;
  }

  public InstanceQuery setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getProductCode() {
    return productCode;
  }

  public InstanceQuery setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getRegion() {
    return region;
  }

  public InstanceQuery setRegion(String region) {
    this.region = region;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public InstanceQuery setStatus(String status) {
    this.status = status;
    return this;
  }

  public String getSubscriptionType() {
    return subscriptionType;
  }

  public InstanceQuery setSubscriptionType(String subscriptionType) {
    this.subscriptionType = subscriptionType;
    return this;
  }

  public List<String> getInstanceIds() {
    return instanceIds;
  }

  public InstanceQuery setInstanceIds(List<String> instanceIds) {
    this.instanceIds = instanceIds;
    return this;
  }

  public int getPageNum() {
    return pageNum;
  }

  public InstanceQuery setPageNum(int pageNum) {
    this.pageNum = pageNum;
    return this;
  }

  public int getPageSize() {
    return pageSize;
  }

  public InstanceQuery setPageSize(int pageSize) {
    this.pageSize = pageSize;
    return this;
  }

  @Override
  public String toString() {
    return "InstanceQuery{" + "accountId=" + accountId + ", " + "productCode=" + productCode + ", " + "region=" + region + ", " + "status=" + status + ", " + "subscriptionType=" + subscriptionType + ", " + "instanceIds=" + instanceIds + ", " + "pageNum=" + pageNum + ", " + "pageSize=" + pageSize + "}";
  }
}
