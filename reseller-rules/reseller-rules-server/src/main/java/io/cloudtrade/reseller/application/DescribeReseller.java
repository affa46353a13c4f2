package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.api.ResellerView;
import io.cloudtrade.reseller.persistence.AccountRow;
import io.cloudtrade.reseller.persistence.CustomerMapper;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Describes a reseller: its account, its rules in force and how many customers it has. */
@Service
public class DescribeReseller {
  private final ResellerCustomers resellerCustomers;
  private final RuleBook ruleBook;
  private final CustomerMapper customers;

  public DescribeReseller(ResellerCustomers resellerCustomers, RuleBook ruleBook, CustomerMapper customers) {
    this.resellerCustomers = resellerCustomers;
    this.ruleBook = ruleBook;
    this.customers = customers;
  }

  /**
   * The reseller; its rules are null only for a RESELLER account that was registered but never
   * onboarded (it has published no rules).
   *
   * @return the reseller, or {@link ResellerErrors#RESELLER_NOT_FOUND}
   */
  public Outcome<ResellerView> describe(long resellerId) {
    Optional<AccountRow> account = resellerCustomers.reseller(resellerId);
    if (account.isEmpty()) {
      return Outcome.rejected(ResellerErrors.RESELLER_NOT_FOUND, "reseller " + resellerId + " does not exist");
    }
    AccountRow row = account.get();
    return Outcome.ok(new ResellerView()
        .setResellerId(row.accountId)
        .setName(row.name)
        .setStatus(row.status)
        .setRules(ruleBook.inForce(resellerId).map(PublishedRules::view).orElse(null))
        .setCustomerCount(customers.countCustomers(resellerId)));
  }
}
