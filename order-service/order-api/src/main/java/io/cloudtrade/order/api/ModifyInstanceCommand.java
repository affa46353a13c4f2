package io.cloudtrade.order.api;

import io.cloudtrade.kernel.BusinessField;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** Change the specification of a subscription instance (BSS ModifyInstance): Upgrade, Downgrade or TemporaryUpgrade. */
public class ModifyInstanceCommand implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the instance's owner */
  @BusinessField("accountId")
  private long accountId;
  /** idempotency key, at most 64 ASCII characters; unique per account across all orders */
  @BusinessField("requestId")
  private String clientToken;
  @BusinessField("instanceId")
  private String instanceId;
  /** {@code Upgrade}, {@code Downgrade} or {@code TemporaryUpgrade} */
  private String modifyType;
  /** the attributes to change (code to value); the others keep their current values */
  private Map<String, String> config;
  /** TemporaryUpgrade only: when the higher specification starts (null: now) */
  private Instant windowStart;
  /** TemporaryUpgrade only: when it reverts by itself; within the paid period */
  private Instant windowEnd;
  /** pay from the balance at once (an upgrade costs, a downgrade refunds after it is applied) */
  private boolean payNow;

  public long getAccountId() {
    return accountId;
  }

  public ModifyInstanceCommand setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getClientToken() {
    return clientToken;
  }

  public ModifyInstanceCommand setClientToken(String clientToken) {
    this.clientToken = clientToken;
    return this;
  }

  public String getInstanceId() {
    return instanceId;
  }

  public ModifyInstanceCommand setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  public String getModifyType() {
    return modifyType;
  }

  public ModifyInstanceCommand setModifyType(String modifyType) {
    this.modifyType = modifyType;
    return this;
  }

  public Map<String, String> getConfig() {
    return config;
  }

  public ModifyInstanceCommand setConfig(Map<String, String> config) {
    this.config = config;
    return this;
  }

  public Instant getWindowStart() {
    return windowStart;
  }

  public ModifyInstanceCommand setWindowStart(Instant windowStart) {
    this.windowStart = windowStart;
    return this;
  }

  public Instant getWindowEnd() {
    return windowEnd;
  }

  public ModifyInstanceCommand setWindowEnd(Instant windowEnd) {
    this.windowEnd = windowEnd;
    return this;
  }

  public boolean isPayNow() {
    return payNow;
  }

  public ModifyInstanceCommand setPayNow(boolean payNow) {
    this.payNow = payNow;
    return this;
  }

  @Override
  public String toString() {
    return "ModifyInstanceCommand{" + "accountId=" + accountId + ", " + "clientToken=" + clientToken + ", " + "instanceId=" + instanceId + ", " + "modifyType=" + modifyType + ", " + "config=" + config + ", " + "windowStart=" + windowStart + ", " + "windowEnd=" + windowEnd + ", " + "payNow=" + payNow + "}";
  }
}
