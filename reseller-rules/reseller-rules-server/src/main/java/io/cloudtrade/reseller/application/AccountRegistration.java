package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.IdentityErrors;
import io.cloudtrade.reseller.api.RegisterAccountRequest;
import io.cloudtrade.reseller.domain.AccessKeyStatus;
import io.cloudtrade.reseller.domain.AccountStatus;
import io.cloudtrade.reseller.domain.PasswordHasher;
import io.cloudtrade.reseller.domain.RegistrationRules;
import io.cloudtrade.reseller.domain.SecretCipher;
import io.cloudtrade.reseller.persistence.AccessKeyRow;
import io.cloudtrade.reseller.persistence.AccountMapper;
import io.cloudtrade.reseller.persistence.AccountRow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers accounts, each with an optional AccessKey, idempotently by login name.
 *
 * <p>The same login name again with the same identity, reseller (and account id, if given) returns
 * the existing account and changes nothing, not even its password or key; with other details it is
 * {@link IdentityErrors#LOGIN_NAME_TAKEN}. The account and its key are inserted in one transaction.
 * The checks before the insert give the common answers; the UNIQUE keys (account id, login name,
 * AccessKey id) decide between concurrent registrations, and the loser is answered as if it had
 * come second.
 */
@Service
public class AccountRegistration {
  private static final Logger log = LoggerFactory.getLogger(AccountRegistration.class);

  private final AccountMapper accounts;
  private final TransactionTemplate tx;
  private final IdGenerator ids;
  private final PasswordHasher passwords;
  private final SecretCipher secrets;
  private final Clock clock;

  @Autowired
  public AccountRegistration(AccountMapper accounts, TransactionTemplate tx, IdGenerator ids, PasswordHasher passwords,
      SecretCipher secrets) {
    this(accounts, tx, ids, passwords, secrets, Clock.systemUTC());
  }

  AccountRegistration(AccountMapper accounts, TransactionTemplate tx, IdGenerator ids, PasswordHasher passwords,
      SecretCipher secrets, Clock clock) {
    this.accounts = accounts;
    this.tx = tx;
    this.ids = ids;
    this.passwords = passwords;
    this.secrets = secrets;
    this.clock = clock;
  }

  public Outcome<Caller> register(RegisterAccountRequest r) {
    Optional<String> violation = RegistrationRules.firstViolation(r);
    if (violation.isPresent()) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, violation.get());
    }
    AccountRow existing = accounts.findByLoginName(r.getLoginName());
    if (existing != null) {
      return replay(existing, r);
    }
    if (Identities.RESELLER_CUSTOMER.equals(r.getIdentity())) {
      AccountRow reseller = accounts.find(r.getResellerId());
      if (reseller == null || !Identities.RESELLER.equals(reseller.identity)) {
        return Outcome.rejected(CommonErrors.INVALID_PARAMETER,
            "resellerId " + r.getResellerId() + " is not an existing RESELLER account");
      }
    }
    Optional<Outcome<Caller>> conflict = conflictOf(r);
    if (conflict.isPresent()) {
      return conflict.get();
    }

    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    AccountRow account = new AccountRow();
    account.accountId = r.getAccountId() != null ? r.getAccountId() : ids.next();
    account.name = r.getName();
    account.loginName = r.getLoginName();
    account.passwordHash = passwords.hash(r.getPassword());
    account.identity = r.getIdentity();
    account.resellerId = r.getResellerId();
    account.status = AccountStatus.ACTIVE.name();
    account.createdAt = now;
    account.updatedAt = now;
    AccessKeyRow key = null;
    if (r.getAccessKeyId() != null) {
      key = new AccessKeyRow();
      key.accessKeyId = r.getAccessKeyId();
      key.accountId = account.accountId;
      key.secretCiphertext = secrets.seal(r.getAccessKeyId(), r.getAccessKeySecret());
      key.status = AccessKeyStatus.ACTIVE.name();
      key.createdAt = now;
    }
    AccessKeyRow keyToInsert = key;
    try {
      tx.executeWithoutResult(s -> {
        accounts.insert(account);
        if (keyToInsert != null) {
          accounts.insertAccessKey(keyToInsert);
        }
      });
    } catch (DuplicateKeyException concurrentRegistration) {
      AccountRow winner = accounts.findByLoginName(r.getLoginName());
      if (winner != null) {
        return replay(winner, r);
      }
      return conflictOf(r).orElseThrow(() -> concurrentRegistration);
    }
    log.info("account registered accountId={} identity={} resellerId={} accessKey={}",
        account.accountId, account.identity, account.resellerId, key != null ? key.accessKeyId : "none");
    return Outcome.ok(Callers.of(account));
  }

  /** The same login name again: the existing account if the details agree, else a rejection. */
  private static Outcome<Caller> replay(AccountRow existing, RegisterAccountRequest r) {
    boolean same = existing.identity.equals(r.getIdentity())
        && Objects.equals(existing.resellerId, r.getResellerId())
        && (r.getAccountId() == null || r.getAccountId() == existing.accountId);
    if (!same) {
      return Outcome.rejected(IdentityErrors.LOGIN_NAME_TAKEN,
          "login name " + r.getLoginName() + " is already registered with other details");
    }
    return Outcome.ok(Callers.of(existing));
  }

  /** A key id or account id that another account already holds. */
  private Optional<Outcome<Caller>> conflictOf(RegisterAccountRequest r) {
    if (r.getAccessKeyId() != null && accounts.findAccessKey(r.getAccessKeyId()) != null) {
      return Optional.of(Outcome.rejected(IdentityErrors.ACCESS_KEY_TAKEN,
          "AccessKey " + r.getAccessKeyId() + " belongs to another account"));
    }
    if (r.getAccountId() != null && accounts.find(r.getAccountId()) != null) {
      return Optional.of(Outcome.rejected(CommonErrors.INVALID_PARAMETER,
          "accountId " + r.getAccountId() + " is already used by another account"));
    }
    return Optional.empty();
  }
}
