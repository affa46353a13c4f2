package io.cloudtrade.reseller.api;

import java.io.Serial;
import java.io.Serializable;

/** A reseller and the rules in force. */
public class ResellerView implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private long resellerId;
  private String name;
  /** ACTIVE or FROZEN */
  private String status;
  /** the rules in force */
  private RuleSetView rules;
  private int customerCount;

  public long getResellerId() {
    return resellerId;
  }

  public ResellerView setResellerId(long resellerId) {
    this.resellerId = resellerId;
    return this;
  }

  public String getName() {
    return name;
  }

  public ResellerView setName(String name) {
    this.name = name;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public ResellerView setStatus(String status) {
    this.status = status;
    return this;
  }

  public RuleSetView getRules() {
    return rules;
  }

  public ResellerView setRules(RuleSetView rules) {
    this.rules = rules;
    return this;
  }

  public int getCustomerCount() {
    return customerCount;
  }

  public ResellerView setCustomerCount(int customerCount) {
    this.customerCount = customerCount;
    return this;
  }

  @Override
  public String toString() {
    return "ResellerView{" + "resellerId=" + resellerId + ", " + "name=" + name + ", " + "status=" + status + ", " + "rules=" + rules + ", " + "customerCount=" + customerCount + "}";
  }
}
