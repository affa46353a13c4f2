package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.CustomerStatusRequest;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.domain.AccountStatus;
import io.cloudtrade.reseller.persistence.AccountRow;
import io.cloudtrade.reseller.persistence.CreditMapper;
import io.cloudtrade.reseller.persistence.CustomerMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * SetResellerUserStatus: a reseller freezes or thaws its customer (BusinessType FREEZE, Status
 * Freeze or Thaw), or hands its arrears control to CloudTrade and back (BusinessType TRUSTEESHIP,
 * Status Trusteeship or TrusteeshipCancel). Each is a conditional UPDATE from the other state;
 * asking for the state the customer is already in changes nothing and answers true.
 *
 * <p>A freeze takes effect at once: signature checks and password logins read the account's status
 * from the database on every call (the key cache holds only the decrypted key), and so does every
 * order plan.
 */
@Service
public class CustomerStatus {
  private static final Logger log = LoggerFactory.getLogger(CustomerStatus.class);

  /** The BusinessType of a freeze or thaw. */
  public static final String FREEZE = "FREEZE";
  /** The BusinessType of arrears control. */
  public static final String TRUSTEESHIP = "TRUSTEESHIP";

  private final ResellerCustomers customers;
  private final CustomerMapper accounts;
  private final CreditMapper credits;
  private final CreditLimits limits;
  private final RuleBook ruleBook;
  private final Clock clock = Clock.systemUTC();

  public CustomerStatus(ResellerCustomers customers, CustomerMapper accounts, CreditMapper credits, CreditLimits limits,
      RuleBook ruleBook) {
    this.customers = customers;
    this.accounts = accounts;
    this.credits = credits;
    this.limits = limits;
    this.ruleBook = ruleBook;
  }

  /**
   * Sets the customer's status or trusteeship.
   *
   * @return true; or {@link ResellerErrors#NOT_YOUR_CUSTOMER}, {@link CommonErrors#INVALID_PARAMETER}
   *     (another BusinessType or Status)
   */
  public Outcome<Boolean> setCustomerStatus(CustomerStatusRequest request) {
    if (request == null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "the request is missing");
    }
    long resellerId = request.getResellerId();
    long customerId = request.getCustomerId();
    Optional<AccountRow> customer = customers.customerRow(resellerId, customerId);
    if (customer.isEmpty()) {
      return ResellerCustomers.notYourCustomer(resellerId, customerId);
    }
    String businessType = request.getBusinessType();
    String status = request.getStatus();
    Instant now = Inputs.now(clock);
    if (FREEZE.equals(businessType) && ("Freeze".equals(status) || "Thaw".equals(status))) {
      boolean freeze = "Freeze".equals(status);
      AccountStatus from = freeze ? AccountStatus.ACTIVE : AccountStatus.FROZEN;
      AccountStatus to = freeze ? AccountStatus.FROZEN : AccountStatus.ACTIVE;
      int changed = accounts.changeStatus(customerId, from.name(), to.name(), now);
      log.info("customer status set resellerId={} customerId={} status={} changed={}", resellerId, customerId, to, changed == 1);
      return Outcome.ok(true);
    }
    if (TRUSTEESHIP.equals(businessType) && ("Trusteeship".equals(status) || "TrusteeshipCancel".equals(status))) {
      boolean trusteeship = "Trusteeship".equals(status);
      String currency = ruleBook.inForce(resellerId).map(r -> r.rules().getCurrency()).orElse(null);
      if (currency == null) {
        return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "reseller " + resellerId + " has no rules in force");
      }
      limits.ensureRow(customerId, resellerId, currency);
      int changed = credits.changeTrusteeship(customerId, !trusteeship, trusteeship, now);
      log.info("customer trusteeship set resellerId={} customerId={} trusteeship={} changed={}",
          resellerId, customerId, trusteeship, changed == 1);
      return Outcome.ok(true);
    }
    return Outcome.rejected(CommonErrors.INVALID_PARAMETER,
        "businessType must be FREEZE (status Freeze or Thaw) or TRUSTEESHIP (status Trusteeship or TrusteeshipCancel)");
  }
}
