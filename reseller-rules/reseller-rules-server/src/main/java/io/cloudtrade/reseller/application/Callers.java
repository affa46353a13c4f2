package io.cloudtrade.reseller.application;

import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.persistence.AccessKeyOwnerRow;
import io.cloudtrade.reseller.persistence.AccountRow;

/** Turns rows into the {@link Caller} of the contract; never carries a password or secret. */
final class Callers {
  private Callers() {}

  static Caller of(AccountRow row) {
    return new Caller()
        .setAccountId(row.accountId)
        .setName(row.name)
        .setIdentity(row.identity)
        .setResellerId(row.resellerId)
        .setStatus(row.status);
  }

  static Caller of(AccessKeyOwnerRow row) {
    return new Caller()
        .setAccountId(row.accountId)
        .setName(row.name)
        .setIdentity(row.identity)
        .setResellerId(row.resellerId)
        .setStatus(row.accountStatus);
  }
}
