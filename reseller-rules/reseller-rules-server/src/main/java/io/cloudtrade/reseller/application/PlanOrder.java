package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.OrderPlan;
import io.cloudtrade.reseller.api.OrderPlanRequest;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.domain.AccountStatus;
import io.cloudtrade.reseller.domain.rules.OrderPlanner;
import io.cloudtrade.reseller.persistence.CustomerMapper;
import io.cloudtrade.reseller.persistence.OrderPartyRow;
import java.util.ArrayList;
import org.springframework.stereotype.Service;

/**
 * The plan of an order: runs for every order, so it costs one primary-key read (the account, its
 * reseller and the reseller's pointer to the rules in force, joined) and the rules' evaluation; the
 * published rules and their business model are read once per version and kept ({@link RuleBook}).
 *
 * <p>A direct customer (or a reseller buying for itself) gets the direct plan. A reseller's customer
 * gets the plan its reseller's rules in force decide, naming their version {@code <resellerId>/v<n>}.
 * A frozen account, or a customer of a frozen reseller, gets no plan.
 */
@Service
public class PlanOrder {
  private final CustomerMapper accounts;
  private final RuleBook ruleBook;
  private final OrderPlanner planner;

  public PlanOrder(CustomerMapper accounts, RuleBook ruleBook, OrderPlanner planner) {
    this.accounts = accounts;
    this.ruleBook = ruleBook;
    this.planner = planner;
  }

  /**
   * Plans an order.
   *
   * @return the plan; or {@link CommonErrors#ACCOUNT_NOT_FOUND}, {@link ResellerErrors#ACCOUNT_FROZEN},
   *     {@link ResellerErrors#RESELLER_NOT_FOUND} (the customer's reseller has published no rules),
   *     {@link CommonErrors#INVALID_PARAMETER} and the rejections of {@link OrderPlanner#plan} (e.g.
   *     {@link ResellerErrors#PRODUCT_NOT_ALLOWED})
   */
  public Outcome<OrderPlan> plan(OrderPlanRequest order) {
    if (order == null || order.getQuotedAmount() == null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "quotedAmount is required");
    }
    OrderPartyRow party = accounts.findOrderParty(order.getAccountId());
    if (party == null) {
      return Outcome.rejected(CommonErrors.ACCOUNT_NOT_FOUND, "account " + order.getAccountId() + " does not exist");
    }
    if (AccountStatus.FROZEN.name().equals(party.status)) {
      return Outcome.rejected(ResellerErrors.ACCOUNT_FROZEN, "account " + party.accountId + " is frozen");
    }
    if (!Identities.RESELLER_CUSTOMER.equals(party.identity)) {
      return Outcome.ok(transportable(OrderPlanner.direct(order)));
    }
    if (AccountStatus.FROZEN.name().equals(party.resellerStatus)) {
      return Outcome.rejected(ResellerErrors.ACCOUNT_FROZEN,
          "reseller " + party.resellerId + " of account " + party.accountId + " is frozen");
    }
    if (party.currentVersion == null || party.currentVersion == 0) {
      return Outcome.rejected(ResellerErrors.RESELLER_NOT_FOUND,
          "reseller " + party.resellerId + " of account " + party.accountId + " has published no rules");
    }
    PublishedRules rules = ruleBook.version(party.resellerId, party.currentVersion);
    Outcome<OrderPlan> plan = planner.plan(party.resellerId, party.resellerName, rules.model(), rules.rules(),
        rules.ruleVersion(), order);
    return plan.isOk() ? Outcome.ok(transportable(plan.value())) : plan;
  }

  /** The plan with plain lists, which every serialization of the contract can carry. */
  private static OrderPlan transportable(OrderPlan plan) {
    if (plan.getSteps() != null) {
      plan.setSteps(new ArrayList<>(plan.getSteps()));
    }
    if (plan.getExplanation() != null) {
      plan.setExplanation(new ArrayList<>(plan.getExplanation()));
    }
    return plan;
  }
}
