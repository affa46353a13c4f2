package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.RegisterAccountRequest;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.persistence.AccountMapper;
import io.cloudtrade.reseller.persistence.AccountRow;
import io.cloudtrade.reseller.persistence.CustomerMapper;
import java.util.ArrayList;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A reseller's customers: registering them, listing them, and the ownership check every partner
 * action starts with. An account that is not the reseller's customer, that does not exist, or a
 * caller that is not a reseller all get the same {@link ResellerErrors#NOT_YOUR_CUSTOMER}: the
 * answer never tells whether an account exists.
 */
@Service
public class ResellerCustomers {
  private final AccountMapper accounts;
  private final CustomerMapper customers;
  private final AccountRegistration registration;

  public ResellerCustomers(AccountMapper accounts, CustomerMapper customers, AccountRegistration registration) {
    this.accounts = accounts;
    this.customers = customers;
    this.registration = registration;
  }

  /**
   * Registers a customer of the reseller, as identity RESELLER_CUSTOMER under {@code resellerId},
   * whatever the request says.
   *
   * @return the customer; or {@link ResellerErrors#RESELLER_NOT_FOUND}, {@link
   *     CommonErrors#INVALID_PARAMETER} and the other rejections of {@link AccountRegistration#register}
   */
  public Outcome<Caller> registerCustomer(long resellerId, RegisterAccountRequest request) {
    if (reseller(resellerId).isEmpty()) {
      return Outcome.rejected(ResellerErrors.RESELLER_NOT_FOUND, "reseller " + resellerId + " does not exist");
    }
    if (request == null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "the account is missing");
    }
    return registration.register(request.setIdentity(Identities.RESELLER_CUSTOMER).setResellerId(resellerId));
  }

  /**
   * GetCustomerList: the reseller's customers' account ids, ascending.
   *
   * @return the ids, or {@link ResellerErrors#NOT_A_RESELLER}
   */
  public Outcome<ArrayList<Long>> customerIds(long resellerId) {
    if (reseller(resellerId).isEmpty()) {
      return Outcome.rejected(ResellerErrors.NOT_A_RESELLER, "account " + resellerId + " is not a reseller");
    }
    return Outcome.ok(new ArrayList<>(customers.customerIds(resellerId)));
  }

  /**
   * The customer, if it is the reseller's.
   *
   * @return the customer, or {@link ResellerErrors#NOT_YOUR_CUSTOMER}
   */
  public Outcome<Caller> customerOf(long resellerId, long customerId) {
    return customerRow(resellerId, customerId)
        .map(row -> Outcome.ok(Callers.of(row)))
        .orElseGet(() -> notYourCustomer(resellerId, customerId));
  }

  /**
   * The customer's account, if it is a customer of the reseller (one primary-key read: a customer's
   * reseller is set at registration and never changes, and only a RESELLER can have customers).
   */
  Optional<AccountRow> customerRow(long resellerId, long customerId) {
    AccountRow row = accounts.find(customerId);
    boolean ours = row != null && Identities.RESELLER_CUSTOMER.equals(row.identity)
        && row.resellerId != null && row.resellerId == resellerId;
    return ours ? Optional.of(row) : Optional.empty();
  }

  /** The reseller's account, if {@code resellerId} is a reseller. */
  Optional<AccountRow> reseller(long resellerId) {
    AccountRow row = accounts.find(resellerId);
    return row != null && Identities.RESELLER.equals(row.identity) ? Optional.of(row) : Optional.empty();
  }

  static <T extends java.io.Serializable> Outcome<T> notYourCustomer(long resellerId, long customerId) {
    return Outcome.rejected(ResellerErrors.NOT_YOUR_CUSTOMER,
        "account " + customerId + " is not a customer of reseller " + resellerId);
  }
}
