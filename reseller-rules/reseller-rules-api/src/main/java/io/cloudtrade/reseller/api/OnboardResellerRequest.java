package io.cloudtrade.reseller.api;

import java.io.Serial;
import java.io.Serializable;

/** Registers a reseller with its first rules, in one step, idempotent by the account's login name. */
public class OnboardResellerRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the reseller's account; its identity is RESELLER */
  private RegisterAccountRequest account;
  /** its first rule set */
  private RuleSetDefinition rules;

  public RegisterAccountRequest getAccount() {
    return account;
  }

  public OnboardResellerRequest setAccount(RegisterAccountRequest account) {
    this.account = account;
    return this;
  }

  public RuleSetDefinition getRules() {
    return rules;
  }

  public OnboardResellerRequest setRules(RuleSetDefinition rules) {
    this.rules = rules;
    return this;
  }

  @Override
  public String toString() {
    return "OnboardResellerRequest{" + "account=" + account + ", " + "rules=" + rules + "}";
  }
}
