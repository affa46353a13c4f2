package io.cloudtrade.order.api;

import io.cloudtrade.kernel.BusinessField;
import java.io.Serial;
import java.io.Serializable;

/** Unsubscribe a subscription instance before its end (BSS RefundInstance), with the prorated refund to the balance. */
public class RefundInstanceCommand implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the instance's owner */
  @BusinessField("accountId")
  private long accountId;
  /** idempotency key, at most 64 ASCII characters; unique per account across all orders */
  @BusinessField("requestId")
  private String clientToken;
  @BusinessField("instanceId")
  private String instanceId;

  public long getAccountId() {
    return accountId;
  }

  public RefundInstanceCommand setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getClientToken() {
    return clientToken;
  }

  public RefundInstanceCommand setClientToken(String clientToken) {
    this.clientToken = clientToken;
    return this;
  }

  public String getInstanceId() {
    return instanceId;
  }

  public RefundInstanceCommand setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  @Override
  public String toString() {
    return "RefundInstanceCommand{" + "accountId=" + accountId + ", " + "clientToken=" + clientToken + ", " + "instanceId=" + instanceId + "}";
  }
}
