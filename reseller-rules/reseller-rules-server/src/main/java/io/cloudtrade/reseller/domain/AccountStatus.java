package io.cloudtrade.reseller.domain;

/** The states of an account. A frozen account can neither sign in nor call the OpenAPI. */
public enum AccountStatus {
  ACTIVE,
  FROZEN
}
