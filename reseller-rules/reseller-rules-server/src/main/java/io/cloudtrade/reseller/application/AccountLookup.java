package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.persistence.AccountMapper;
import io.cloudtrade.reseller.persistence.AccountRow;
import org.springframework.stereotype.Service;

/** Looks accounts up by id, frozen or not. */
@Service
public class AccountLookup {
  private final AccountMapper accounts;

  public AccountLookup(AccountMapper accounts) {
    this.accounts = accounts;
  }

  public Outcome<Caller> findAccount(long accountId) {
    AccountRow row = accounts.find(accountId);
    if (row == null) {
      return Outcome.rejected(CommonErrors.ACCOUNT_NOT_FOUND, "account " + accountId + " does not exist");
    }
    return Outcome.ok(Callers.of(row));
  }
}
