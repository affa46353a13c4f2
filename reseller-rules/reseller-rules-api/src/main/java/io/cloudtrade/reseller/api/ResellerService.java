package io.cloudtrade.reseller.api;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import java.util.ArrayList;

/**
 * Resellers: their business models and rules as configuration, their customers' quotas and status,
 * and the plan the order flow follows for an order. A new reseller is live through these calls alone,
 * with no code and no restart. Every partner method takes the calling reseller's id and refuses an
 * account that is not its customer with {@link ResellerErrors#NOT_YOUR_CUSTOMER}.
 */
public interface ResellerService {
  /**
   * Defines a business model. Defining the same code again with the same definition returns it.
   *
   * @return the model; or {@link ResellerErrors#INVALID_BUSINESS_MODEL} (details: every problem),
   *     {@link ResellerErrors#BUSINESS_MODEL_EXISTS}
   */
  Outcome<BusinessModelView> defineBusinessModel(BusinessModelDefinition definition);

  /** Every business model, by code. */
  Outcome<ArrayList<BusinessModelView>> listBusinessModels();

  /**
   * Registers a reseller account (with its AccessKey) and publishes its first rules, in one
   * transaction. Repeating it for the same login name returns the reseller and publishes nothing new
   * if the rules are the same.
   *
   * @return the reseller; or {@link io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER}, {@link
   *     ResellerErrors#INVALID_RULES}, {@link ResellerErrors#BUSINESS_MODEL_NOT_FOUND}, {@link
   *     IdentityErrors#LOGIN_NAME_TAKEN}, {@link IdentityErrors#ACCESS_KEY_TAKEN}
   */
  Outcome<ResellerView> onboardReseller(OnboardResellerRequest request);

  /**
   * Publishes a new version of a reseller's rules; orders placed from now on are decided under it.
   * Publishing rules equal to the ones in force returns those and publishes nothing.
   *
   * @return the published version; or {@link ResellerErrors#INVALID_RULES}, {@link
   *     ResellerErrors#BUSINESS_MODEL_NOT_FOUND}, {@link ResellerErrors#RESELLER_NOT_FOUND}
   */
  Outcome<RuleSetView> publishRules(long resellerId, RuleSetDefinition rules);

  /** @return the reseller and its rules in force, or {@link ResellerErrors#RESELLER_NOT_FOUND} */
  Outcome<ResellerView> getReseller(long resellerId);

  /**
   * Registers a customer of the reseller (identity RESELLER_CUSTOMER; the request's identity and
   * resellerId are set here).
   *
   * @return the customer, or the rejections of {@link IdentityService#registerAccount}, {@link
   *     ResellerErrors#RESELLER_NOT_FOUND}
   */
  Outcome<Caller> registerCustomer(long resellerId, RegisterAccountRequest request);

  /** GetCustomerList: the reseller's customers' account ids, ascending; {@link ResellerErrors#NOT_A_RESELLER}. */
  Outcome<ArrayList<Long>> customerIds(long resellerId);

  /**
   * The customer, if it is the reseller's.
   *
   * @return the customer, or {@link ResellerErrors#NOT_YOUR_CUSTOMER}
   */
  Outcome<Caller> customerOf(long resellerId, long customerId);

  /**
   * SetResellerUserQuota: sets a customer's credit quota. Idempotent by OutBizId.
   *
   * @return true; or {@link ResellerErrors#NOT_YOUR_CUSTOMER}, {@link
   *     io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER} (negative, other currency), {@link
   *     ResellerErrors#IDEMPOTENT_PARAMETER_MISMATCH}
   */
  Outcome<Boolean> setCustomerQuota(QuotaRequest request);

  /**
   * QueryResellerAvailableQuota: the customer's quota minus what its orders use (may be negative
   * when the quota was lowered below the use); null value when the customer has no limit.
   *
   * @return the available quota; or {@link ResellerErrors#NOT_YOUR_CUSTOMER}
   */
  Outcome<Money> availableQuota(long resellerId, long customerId);

  /**
   * SetResellerUserStatus: freezes (no sign-in, no new order) or thaws a customer; or records
   * whether CloudTrade handles the customer's arrears (trusteeship).
   *
   * @return true; or {@link ResellerErrors#NOT_YOUR_CUSTOMER}, {@link
   *     io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER}
   */
  Outcome<Boolean> setCustomerStatus(CustomerStatusRequest request);

  /**
   * The plan for an order: who pays what, what the customer sees, what the reseller earns and which
   * steps run, decided under the rules in force (the plan names their version).
   *
   * @return the plan; or {@link ResellerErrors#PRODUCT_NOT_ALLOWED}, {@link
   *     ResellerErrors#ACCOUNT_FROZEN}, {@link io.cloudtrade.kernel.CommonErrors#ACCOUNT_NOT_FOUND}
   */
  Outcome<OrderPlan> planOrder(OrderPlanRequest request);

  /**
   * Uses a customer's credit quota: succeeds only if the quota left covers the amount (a conditional
   * update, so concurrent orders cannot overdraw it). A customer without a limit always succeeds.
   * Repeating a reference changes nothing and answers as the first time did.
   *
   * @return true; or {@link ResellerErrors#QUOTA_EXCEEDED}
   */
  Outcome<Boolean> reserveCredit(CreditRequest request);

  /**
   * Gives credit back (an order cancelled, refunded or failed): up to the amount still held under the
   * reservation's reference, never more. Each (reference, release) pair counts once; a release of a
   * reference never reserved changes nothing.
   *
   * @return true
   */
  Outcome<Boolean> releaseCredit(CreditRequest request);
}
