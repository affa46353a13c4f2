package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.QuotaRequest;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.persistence.CreditMapper;
import io.cloudtrade.reseller.persistence.CustomerCreditRow;
import io.cloudtrade.reseller.persistence.QuotaChangeRow;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resellers' credit quotas for their customers (SetResellerUserQuota, QueryResellerAvailableQuota).
 *
 * <p>A quota change is idempotent by (reseller, OutBizId): the change is recorded and the quota set
 * in one transaction; the same OutBizId again with the same customer and quota answers true and
 * changes nothing, with other values it is {@link ResellerErrors#IDEMPOTENT_PARAMETER_MISMATCH}. A
 * quota is in the currency of the reseller's rules in force. A customer with no quota of its own has
 * the rules' defaultQuota, and without that no limit.
 */
@Service
public class CustomerQuotas {
  private static final Logger log = LoggerFactory.getLogger(CustomerQuotas.class);
  private static final int MAX_OUT_BIZ_ID = 64;

  private final ResellerCustomers customers;
  private final RuleBook ruleBook;
  private final CreditMapper credits;
  private final CreditLimits limits;
  private final TransactionTemplate tx;
  private final Clock clock = Clock.systemUTC();

  public CustomerQuotas(ResellerCustomers customers, RuleBook ruleBook, CreditMapper credits, CreditLimits limits,
      TransactionTemplate tx) {
    this.customers = customers;
    this.ruleBook = ruleBook;
    this.credits = credits;
    this.limits = limits;
    this.tx = tx;
  }

  /**
   * Sets a customer's credit quota.
   *
   * @return true; or {@link ResellerErrors#NOT_YOUR_CUSTOMER}, {@link CommonErrors#INVALID_PARAMETER}
   *     (no quota, a negative one, another currency than the rules', a malformed OutBizId), {@link
   *     ResellerErrors#IDEMPOTENT_PARAMETER_MISMATCH}
   */
  public Outcome<Boolean> setCustomerQuota(QuotaRequest request) {
    if (request == null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "the request is missing");
    }
    long resellerId = request.getResellerId();
    long customerId = request.getCustomerId();
    if (customers.customerRow(resellerId, customerId).isEmpty()) {
      return ResellerCustomers.notYourCustomer(resellerId, customerId);
    }
    Money quota = request.getQuota();
    if (quota == null || !Inputs.isAmount(quota, false)) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "quota must be an amount of 0 or more");
    }
    if (!Inputs.isKey(request.getOutBizId(), MAX_OUT_BIZ_ID)) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER,
          "outBizId must be 1 to " + MAX_OUT_BIZ_ID + " printable ASCII characters");
    }
    Optional<PublishedRules> rules = ruleBook.inForce(resellerId);
    if (rules.isEmpty()) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "reseller " + resellerId + " has no rules in force");
    }
    String currency = rules.get().rules().getCurrency();
    if (!currency.equals(quota.currency())) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "quota must be in " + currency + ", the rules' currency");
    }
    QuotaChangeRow earlier = credits.findQuotaChange(resellerId, request.getOutBizId());
    if (earlier != null) {
      return replay(earlier, request);
    }
    QuotaChangeRow change = new QuotaChangeRow();
    change.resellerId = resellerId;
    change.outBizId = request.getOutBizId();
    change.customerId = customerId;
    change.quotaMinor = quota.minor();
    change.currency = quota.currency();
    change.createdAt = Inputs.now(clock);
    // outside the transaction: an INSERT IGNORE meeting the row would share-lock it, and two such
    // transactions upgrading to the UPDATE's exclusive lock would deadlock
    limits.ensureRow(customerId, resellerId, currency);
    try {
      Boolean set = tx.execute(status -> {
        credits.insertQuotaChange(change);
        if (credits.setQuota(customerId, change.quotaMinor, currency, change.outBizId, change.createdAt) == 0) {
          status.setRollbackOnly();
          return false;
        }
        return true;
      });
      if (!set) {
        return Outcome.rejected(CommonErrors.INVALID_PARAMETER,
            "customer " + customerId + " uses credit in another currency than " + currency);
      }
    } catch (DuplicateKeyException sameOutBizIdConcurrently) {
      return replay(credits.findQuotaChange(resellerId, request.getOutBizId()), request);
    }
    log.info("customer quota set resellerId={} customerId={} quota={} outBizId={}",
        resellerId, customerId, quota, change.outBizId);
    return Outcome.ok(true);
  }

  /**
   * QueryResellerAvailableQuota: the customer's limit minus what it uses; may be negative when the
   * quota was lowered below the use. A null value: the customer has no limit.
   *
   * @return the available quota, or {@link ResellerErrors#NOT_YOUR_CUSTOMER}
   */
  public Outcome<Money> availableQuota(long resellerId, long customerId) {
    if (customers.customerRow(resellerId, customerId).isEmpty()) {
      return ResellerCustomers.notYourCustomer(resellerId, customerId);
    }
    CustomerCreditRow credit = credits.findCredit(customerId);
    PublishedRules rules = ruleBook.inForce(resellerId).orElse(null);
    Long limit = credit != null && credit.quotaMinor != null ? credit.quotaMinor : CreditLimits.defaultLimitMinor(rules);
    if (limit == null) {
      return Outcome.ok(null);
    }
    String currency = credit != null ? credit.currency : rules.rules().getCurrency();
    long used = credit != null ? credit.usedMinor : 0;
    return Outcome.ok(Money.ofMinor(limit - used, currency));
  }

  private static Outcome<Boolean> replay(QuotaChangeRow earlier, QuotaRequest request) {
    boolean same = earlier.customerId == request.getCustomerId()
        && earlier.quotaMinor == request.getQuota().minor()
        && earlier.currency.equals(request.getQuota().currency());
    if (!same) {
      return Outcome.rejected(ResellerErrors.IDEMPOTENT_PARAMETER_MISMATCH,
          "outBizId " + request.getOutBizId() + " was used before for another quota");
    }
    return Outcome.ok(true);
  }
}
