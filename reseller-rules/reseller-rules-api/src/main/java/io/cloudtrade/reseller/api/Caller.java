package io.cloudtrade.reseller.api;

import java.io.Serial;
import java.io.Serializable;

/** An authenticated account: who is calling, and whose reseller it is. */
public class Caller implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** numeric, like an Alibaba Cloud UID */
  private long accountId;
  /** display name */
  private String name;
  /** {@code CUSTOMER}, {@code RESELLER} or {@code RESELLER_CUSTOMER} */
  private String identity;
  /** the reseller of a RESELLER_CUSTOMER; null otherwise */
  private Long resellerId;
  /** {@code ACTIVE} or {@code FROZEN} */
  private String status;

  public long getAccountId() {
    return accountId;
  }

  public Caller setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getName() {
    return name;
  }

  public Caller setName(String name) {
    this.name = name;
    return this;
  }

  public String getIdentity() {
    return identity;
  }

  public Caller setIdentity(String identity) {
    this.identity = identity;
    return this;
  }

  public Long getResellerId() {
    return resellerId;
  }

  public Caller setResellerId(Long resellerId) {
    this.resellerId = resellerId;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public Caller setStatus(String status) {
    this.status = status;
    return this;
  }

  @Override
  public String toString() {
    return "Caller{" + "accountId=" + accountId + ", " + "name=" + name + ", " + "identity=" + identity + ", " + "resellerId=" + resellerId + ", " + "status=" + status + "}";
  }
}
