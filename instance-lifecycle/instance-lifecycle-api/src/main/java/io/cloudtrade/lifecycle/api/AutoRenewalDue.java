package io.cloudtrade.lifecycle.api;

import io.cloudtrade.kernel.BusinessField;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * Published by instance lifecycle on {@link AutoRenewalEvents#TOPIC} when a subscription instance
 * with auto-renewal on should be renewed: {@code auto-renew-before} its end time, then again every
 * {@code auto-renew-retry} until the instance is renewed (its end time moves) or its end time has
 * passed. The order service answers with a Renew order paid from the balance. Every attempt for the
 * same {@link #getEndTime() end time} asks for the same renewal: the order service places and pays at
 * most one order per instance and end time, however many attempts (or redeliveries) arrive.
 */
public class AutoRenewalDue implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @BusinessField("instanceId")
  private String instanceId;
  @BusinessField("accountId")
  private long accountId;
  @BusinessField("productCode")
  private String productCode;
  /** the end time this attempt is about (UTC); a renewal moves it, and attempts for it stop */
  private Instant endTime;
  /** the auto-renewal's period, 1 to 36 */
  private int renewPeriod;
  /** the auto-renewal's unit, Month or Year */
  private String renewPeriodUnit;
  /** 1 for the first attempt for this end time, then 2, 3, ... */
  private int attempt;
  /** when the attempt was made (UTC) */
  private Instant at;

  /** The instance to renew. */
  public String getInstanceId() {
    return instanceId;
  }

  /** Sets the instance to renew. */
  public AutoRenewalDue setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  /** The account that owns the instance (and pays). */
  public long getAccountId() {
    return accountId;
  }

  /** Sets the account that owns the instance. */
  public AutoRenewalDue setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  /** The instance's product. */
  public String getProductCode() {
    return productCode;
  }

  /** Sets the instance's product. */
  public AutoRenewalDue setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  /** The end time this attempt is about (UTC). */
  public Instant getEndTime() {
    return endTime;
  }

  /** Sets the end time this attempt is about. */
  public AutoRenewalDue setEndTime(Instant endTime) {
    this.endTime = endTime;
    return this;
  }

  /** The auto-renewal's period (1 to 36). */
  public int getRenewPeriod() {
    return renewPeriod;
  }

  /** Sets the auto-renewal's period. */
  public AutoRenewalDue setRenewPeriod(int renewPeriod) {
    this.renewPeriod = renewPeriod;
    return this;
  }

  /** The auto-renewal's unit: Month or Year. */
  public String getRenewPeriodUnit() {
    return renewPeriodUnit;
  }

  /** Sets the auto-renewal's unit. */
  public AutoRenewalDue setRenewPeriodUnit(String renewPeriodUnit) {
    this.renewPeriodUnit = renewPeriodUnit;
    return this;
  }

  /** The attempt's number for this end time, from 1. */
  public int getAttempt() {
    return attempt;
  }

  /** Sets the attempt's number. */
  public AutoRenewalDue setAttempt(int attempt) {
    this.attempt = attempt;
    return this;
  }

  /** When the attempt was made (UTC). */
  public Instant getAt() {
    return at;
  }

  /** Sets when the attempt was made. */
  public AutoRenewalDue setAt(Instant at) {
    this.at = at;
    return this;
  }

  @Override
  public String toString() {
    return "AutoRenewalDue{instanceId=" + instanceId + ", accountId=" + accountId + ", productCode=" + productCode
        + ", endTime=" + endTime + ", renewPeriod=" + renewPeriod + ", renewPeriodUnit=" + renewPeriodUnit
        + ", attempt=" + attempt + ", at=" + at + "}";
  }
}
