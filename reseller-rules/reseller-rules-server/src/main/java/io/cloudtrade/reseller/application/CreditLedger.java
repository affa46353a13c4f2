package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.CreditRequest;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.persistence.AccountMapper;
import io.cloudtrade.reseller.persistence.AccountRow;
import io.cloudtrade.reseller.persistence.CreditEntryRow;
import io.cloudtrade.reseller.persistence.CreditMapper;
import io.cloudtrade.reseller.persistence.CustomerCreditRow;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reserves and releases reseller customers' credit, as a ledger of entries keyed by reference.
 *
 * <p>A reservation inserts its entry (reference, '') and raises what the customer uses by a
 * conditional UPDATE that holds only while the limit (the customer's quota, else the rules'
 * defaultQuota; neither: no limit) still covers it, in one transaction: concurrent reservations
 * cannot overdraw the quota, and a refused one leaves no entry. The entry's key makes a repeat a
 * no-op answered as the first time (true: a refused reservation left nothing to find).
 *
 * <p>A release is capped at what the reference still holds (reserved minus released so far) and is
 * counted once per (reference, release): the reservation's entry is locked while the release is
 * decided, so concurrent releases of one reference are serialized.
 */
@Service
public class CreditLedger {
  private static final Logger log = LoggerFactory.getLogger(CreditLedger.class);
  private static final int MAX_REFERENCE = 128;
  private static final int MAX_RELEASE = 64;
  private static final String RESERVATION = "";

  private enum Reserved { NEW, REPEAT, REFUSED }

  private final AccountMapper accounts;
  private final CreditMapper credits;
  private final CreditLimits limits;
  private final RuleBook ruleBook;
  private final TransactionTemplate tx;
  private final Clock clock = Clock.systemUTC();

  public CreditLedger(AccountMapper accounts, CreditMapper credits, CreditLimits limits, RuleBook ruleBook,
      TransactionTemplate tx) {
    this.accounts = accounts;
    this.credits = credits;
    this.limits = limits;
    this.ruleBook = ruleBook;
    this.tx = tx;
  }

  /**
   * Reserves {@code amount} of the customer's credit under {@code reference}.
   *
   * @return true; or {@link ResellerErrors#QUOTA_EXCEEDED}, {@link CommonErrors#ACCOUNT_NOT_FOUND},
   *     {@link CommonErrors#INVALID_PARAMETER} (not a reseller's customer, another currency, a
   *     malformed reference or amount, a reference used for another customer)
   */
  public Outcome<Boolean> reserve(CreditRequest request) {
    if (request == null || !Inputs.isKey(request.getReference(), MAX_REFERENCE)) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER,
          "reference must be 1 to " + MAX_REFERENCE + " printable ASCII characters");
    }
    Money amount = request.getAmount();
    if (!Inputs.isAmount(amount, true)) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "amount must be a positive amount");
    }
    long customerId = request.getCustomerId();
    AccountRow customer = accounts.find(customerId);
    if (customer == null) {
      return Outcome.rejected(CommonErrors.ACCOUNT_NOT_FOUND, "account " + customerId + " does not exist");
    }
    if (!Identities.RESELLER_CUSTOMER.equals(customer.identity)) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER,
          "account " + customerId + " is not a reseller's customer and has no credit quota");
    }
    PublishedRules rules = ruleBook.inForce(customer.resellerId).orElse(null);
    Long defaultLimit = CreditLimits.defaultLimitMinor(rules);
    for (int attempt = 0; attempt < 2; attempt++) {
      Reserved result = tx.execute(status -> {
        Instant now = Inputs.now(clock);
        if (credits.insertEntryIfAbsent(entry(request.getReference(), RESERVATION, customerId, amount.minor(), now)) == 0) {
          return Reserved.REPEAT;
        }
        if (credits.reserve(customerId, amount.minor(), amount.currency(), defaultLimit, now) == 1) {
          return Reserved.NEW;
        }
        status.setRollbackOnly(); // no entry left behind
        return Reserved.REFUSED;
      });
      if (result == Reserved.NEW) {
        log.info("credit reserved customerId={} reference={} amount={}", customerId, request.getReference(), amount);
        return Outcome.ok(true);
      }
      if (result == Reserved.REPEAT) {
        return repeat(request);
      }
      CustomerCreditRow credit = credits.findCredit(customerId);
      if (credit == null) { // first use: create the row, outside any transaction, and try again
        limits.ensureRow(customerId, customer.resellerId, rules != null ? rules.rules().getCurrency() : amount.currency());
        continue;
      }
      if (!credit.currency.equals(amount.currency())) {
        return Outcome.rejected(CommonErrors.INVALID_PARAMETER,
            "amount must be in " + credit.currency + ", the currency of the customer's credit");
      }
      break;
    }
    return Outcome.rejected(ResellerErrors.QUOTA_EXCEEDED,
        "the credit quota left to customer " + customerId + " does not cover " + amount);
  }

  /**
   * Gives back credit held under {@code reference}, at most what it still holds.
   *
   * @return true (also for a reference never reserved, or a release already counted); or {@link
   *     CommonErrors#INVALID_PARAMETER} (a malformed request, the reference of another customer, another
   *     currency)
   */
  public Outcome<Boolean> release(CreditRequest request) {
    if (request == null || !Inputs.isKey(request.getReference(), MAX_REFERENCE)) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER,
          "reference must be 1 to " + MAX_REFERENCE + " printable ASCII characters");
    }
    if (!Inputs.isKey(request.getRelease(), MAX_RELEASE)) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER,
          "release must be 1 to " + MAX_RELEASE + " printable ASCII characters");
    }
    Money amount = request.getAmount();
    if (!Inputs.isAmount(amount, true)) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "amount must be a positive amount");
    }
    return tx.<Outcome<Boolean>>execute(status -> {
      CreditEntryRow reservation = credits.lockReservation(request.getReference());
      if (reservation == null) {
        return Outcome.ok(true); // never reserved: nothing to give back
      }
      if (reservation.customerId != request.getCustomerId()) {
        return Outcome.rejected(CommonErrors.INVALID_PARAMETER,
            "reference " + request.getReference() + " is not a reservation of customer " + request.getCustomerId());
      }
      if (credits.findEntry(request.getReference(), request.getRelease()) != null) {
        return Outcome.ok(true); // counted before
      }
      CustomerCreditRow credit = credits.findCredit(reservation.customerId);
      if (credit == null) {
        throw new IllegalStateException("customer " + reservation.customerId + " has a reservation but no credit row");
      }
      if (!credit.currency.equals(amount.currency())) {
        return Outcome.rejected(CommonErrors.INVALID_PARAMETER,
            "amount must be in " + credit.currency + ", the currency of the customer's credit");
      }
      long held = reservation.amountMinor - credits.releasedOf(request.getReference());
      long given = Math.max(0, Math.min(amount.minor(), held));
      Instant now = Inputs.now(clock);
      if (credits.insertEntryIfAbsent(entry(request.getReference(), request.getRelease(), reservation.customerId, -given, now)) == 0) {
        return Outcome.ok(true);
      }
      if (given > 0 && credits.release(reservation.customerId, given, now) == 0) {
        throw new IllegalStateException("customer " + reservation.customerId + " uses less credit than reference "
            + request.getReference() + " still holds");
      }
      log.info("credit released customerId={} reference={} release={} asked={} given={}",
          reservation.customerId, request.getReference(), request.getRelease(), amount, given);
      return Outcome.ok(true);
    });
  }

  /** A repeated reservation: true, as the first one was (a refused one leaves no entry). */
  private Outcome<Boolean> repeat(CreditRequest request) {
    CreditEntryRow first = credits.findEntry(request.getReference(), RESERVATION);
    if (first != null && first.customerId != request.getCustomerId()) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER,
          "reference " + request.getReference() + " is a reservation of another customer");
    }
    return Outcome.ok(true);
  }

  private static CreditEntryRow entry(String reference, String releaseKey, long customerId, long amountMinor, Instant now) {
    CreditEntryRow row = new CreditEntryRow();
    row.reference = reference;
    row.releaseKey = releaseKey;
    row.customerId = customerId;
    row.amountMinor = amountMinor;
    row.createdAt = now;
    return row;
  }
}
