package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.OnboardResellerRequest;
import io.cloudtrade.reseller.api.RegisterAccountRequest;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.api.ResellerView;
import io.cloudtrade.reseller.api.RuleSetView;
import io.cloudtrade.reseller.persistence.CustomerMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Onboards a reseller: registers its account (identity RESELLER, through {@link
 * AccountRegistration}) and publishes its first rules, in one transaction. The rules are validated
 * before anything is written, and a failure after the account's insert rolls it back: a refused
 * onboarding leaves no account behind. Idempotent by login name: again with the same rules, it
 * returns the reseller and publishes nothing; with other rules, it publishes them as the next version.
 */
@Service
public class OnboardReseller {
  private static final Logger log = LoggerFactory.getLogger(OnboardReseller.class);

  private final AccountRegistration registration;
  private final PublishRules publishRules;
  private final CustomerMapper customers;
  private final TransactionTemplate tx;

  public OnboardReseller(AccountRegistration registration, PublishRules publishRules, CustomerMapper customers,
      TransactionTemplate tx) {
    this.registration = registration;
    this.publishRules = publishRules;
    this.customers = customers;
    this.tx = tx;
  }

  /**
   * Registers the reseller and publishes its first rules.
   *
   * @return the reseller; or {@link CommonErrors#INVALID_PARAMETER}, {@link
   *     ResellerErrors#INVALID_RULES}, {@link ResellerErrors#BUSINESS_MODEL_NOT_FOUND}, the rejections of
   *     {@link AccountRegistration#register}, {@link CommonErrors#CONCURRENT_REQUEST}
   */
  public Outcome<ResellerView> onboard(OnboardResellerRequest request) {
    if (request == null || request.getAccount() == null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "account is required");
    }
    RegisterAccountRequest account = request.getAccount();
    if (account.getIdentity() != null && !Identities.RESELLER.equals(account.getIdentity())) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "identity of a reseller's account must be RESELLER");
    }
    account.setIdentity(Identities.RESELLER);
    Outcome<PublishRules.ValidRules> rules = publishRules.validate(request.getRules());
    if (!rules.isOk()) {
      return Outcome.rejectedAs(rules);
    }
    for (int attempt = 0; ; attempt++) {
      try {
        return tx.execute(status -> {
          Outcome<Caller> registered = registration.register(account);
          if (!registered.isOk()) {
            status.setRollbackOnly();
            return Outcome.rejectedAs(registered);
          }
          long resellerId = registered.value().getAccountId();
          Outcome<RuleSetView> published = publishRules.publishWithin(resellerId, rules.value(), status);
          if (!published.isOk()) {
            status.setRollbackOnly();
            return Outcome.rejectedAs(published);
          }
          log.info("reseller onboarded resellerId={} ruleVersion={}", resellerId, published.value().getRuleVersion());
          Caller reseller = registered.value();
          return Outcome.ok(new ResellerView()
              .setResellerId(resellerId)
              .setName(reseller.getName())
              .setStatus(reseller.getStatus())
              .setRules(published.value())
              .setCustomerCount(customers.countCustomers(resellerId)));
        });
      } catch (DuplicateKeyException | UnexpectedRollbackException concurrentOnboarding) {
        // another onboarding of the same login name (or key) won inside our transaction; the second
        // attempt sees its account and answers as a repeat
        if (attempt > 0) {
          throw concurrentOnboarding;
        }
      }
    }
  }
}
