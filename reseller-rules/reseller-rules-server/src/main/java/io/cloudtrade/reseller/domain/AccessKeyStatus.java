package io.cloudtrade.reseller.domain;

/** The states of an AccessKey. An inactive key is treated as if it did not exist. */
public enum AccessKeyStatus {
  ACTIVE,
  INACTIVE
}
