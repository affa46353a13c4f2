package io.cloudtrade.reseller.api;

import java.io.Serial;
import java.io.Serializable;

/** Registers an account (operators and seeding). Idempotent by {@code loginName}. */
public class RegisterAccountRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the account id to use, or null to allocate one */
  private Long accountId;
  private String name;
  /** unique; used to sign in to the buy page */
  private String loginName;
  /** plain text, stored as a salted PBKDF2 hash */
  private String password;
  /** {@code CUSTOMER}, {@code RESELLER} or {@code RESELLER_CUSTOMER} */
  private String identity;
  /** required for RESELLER_CUSTOMER */
  private Long resellerId;
  /** optional AccessKey to create with the account */
  private String accessKeyId;
  /** its secret; stored encrypted, never returned */
  private String accessKeySecret;

  public Long getAccountId() {
    return accountId;
  }

  public RegisterAccountRequest setAccountId(Long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getName() {
    return name;
  }

  public RegisterAccountRequest setName(String name) {
    this.name = name;
    return this;
  }

  public String getLoginName() {
    return loginName;
  }

  public RegisterAccountRequest setLoginName(String loginName) {
    this.loginName = loginName;
    return this;
  }

  public String getPassword() {
    return password;
  }

  public RegisterAccountRequest setPassword(String password) {
    this.password = password;
    return this;
  }

  public String getIdentity() {
    return identity;
  }

  public RegisterAccountRequest setIdentity(String identity) {
    this.identity = identity;
    return this;
  }

  public Long getResellerId() {
    return resellerId;
  }

  public RegisterAccountRequest setResellerId(Long resellerId) {
    this.resellerId = resellerId;
    return this;
  }

  public String getAccessKeyId() {
    return accessKeyId;
  }

  public RegisterAccountRequest setAccessKeyId(String accessKeyId) {
    this.accessKeyId = accessKeyId;
    return this;
  }

  public String getAccessKeySecret() {
    return accessKeySecret;
  }

  public RegisterAccountRequest setAccessKeySecret(String accessKeySecret) {
    this.accessKeySecret = accessKeySecret;
    return this;
  }

  @Override
  public String toString() {
    return "RegisterAccountRequest{" + "accountId=" + accountId + ", " + "name=" + name + ", " + "loginName=" + loginName + ", " + "password=" + (password == null ? null : "***") + ", " + "identity=" + identity + ", " + "resellerId=" + resellerId + ", " + "accessKeyId=" + accessKeyId + ", " + "accessKeySecret=" + (accessKeySecret == null ? null : "***") + "}";
  }
}
