package io.cloudtrade.order.api;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** Filters of QueryOrders. Null filters match everything. */
public class OrderQuery implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private long accountId;
  private Instant createTimeStart;
  private Instant createTimeEnd;
  private String productCode;
  private String orderType;
  private String paymentStatus;
  /** from 1 */
  private int pageNum;
  private int pageSize;

  public long getAccountId() {
    return accountId;
  }

  public OrderQuery setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public Instant getCreateTimeStart() {
    return createTimeStart;
  }

  public OrderQuery setCreateTimeStart(Instant createTimeStart) {
    this.createTimeStart = createTimeStart;
    return this;
  }

  public Instant getCreateTimeEnd() {
    return createTimeEnd;
  }

  public OrderQuery setCreateTimeEnd(Instant createTimeEnd) {
    this.createTimeEnd = createTimeEnd;
    return this;
  }

  public String getProductCode() {
    return productCode;
  }

  public OrderQuery setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getOrderType() {
    return orderType;
  }

  public OrderQuery setOrderType(String orderType) {
    this.orderType = orderType;
    return this;
  }

  public String getPaymentStatus() {
    return paymentStatus;
  }

  public OrderQuery setPaymentStatus(String paymentStatus) {
    this.paymentStatus = paymentStatus;
    return this;
  }

  public int getPageNum() {
    return pageNum;
  }

  public OrderQuery setPageNum(int pageNum) {
    this.pageNum = pageNum;
    return this;
  }

  public int getPageSize() {
    return pageSize;
  }

  public OrderQuery setPageSize(int pageSize) {
    this.pageSize = pageSize;
    return this;
  }

  @Override
  public String toString() {
    return "OrderQuery{" + "accountId=" + accountId + ", " + "createTimeStart=" + createTimeStart + ", " + "createTimeEnd=" + createTimeEnd + ", " + "productCode=" + productCode + ", " + "orderType=" + orderType + ", " + "paymentStatus=" + paymentStatus + ", " + "pageNum=" + pageNum + ", " + "pageSize=" + pageSize + "}";
  }
}
