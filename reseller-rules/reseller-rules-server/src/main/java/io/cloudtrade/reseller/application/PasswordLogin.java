package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.IdentityErrors;
import io.cloudtrade.reseller.domain.AccountStatus;
import io.cloudtrade.reseller.domain.PasswordHasher;
import io.cloudtrade.reseller.persistence.AccountMapper;
import io.cloudtrade.reseller.persistence.AccountRow;
import org.springframework.stereotype.Service;

/**
 * Signs in to the buy page with a login name and password. An unknown name and a wrong password
 * give the same rejection and cost the same work, so neither the answer nor its timing tells
 * whether a login name exists.
 */
@Service
public class PasswordLogin {
  private static final int MAX_LOGIN_NAME = 64;

  private final AccountMapper accounts;
  private final PasswordHasher passwords;

  public PasswordLogin(AccountMapper accounts, PasswordHasher passwords) {
    this.accounts = accounts;
    this.passwords = passwords;
  }

  public Outcome<Caller> login(String loginName, String password) {
    AccountRow row = loginName == null || loginName.isBlank() || loginName.length() > MAX_LOGIN_NAME
        ? null
        : accounts.findByLoginName(loginName);
    boolean passwordMatches = row == null ? passwords.verifyNothing(password) : passwords.verify(password, row.passwordHash);
    if (!passwordMatches) {
      return Outcome.rejected(IdentityErrors.LOGIN_FAILED, "the login name or the password is wrong");
    }
    if (AccountStatus.FROZEN.name().equals(row.status)) {
      return Outcome.rejected(IdentityErrors.ACCOUNT_FROZEN, "account " + row.accountId + " is frozen");
    }
    return Outcome.ok(Callers.of(row));
  }
}
