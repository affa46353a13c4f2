package io.cloudtrade.reseller.domain.rules;

import static io.cloudtrade.reseller.api.BusinessModels.DENY;
import static io.cloudtrade.reseller.api.BusinessModels.MARGIN;
import static io.cloudtrade.reseller.api.BusinessModels.NOT_REQUIRED;
import static io.cloudtrade.reseller.api.BusinessModels.REQUIRED;
import static io.cloudtrade.reseller.api.BusinessModels.RESELLER;
import static io.cloudtrade.reseller.api.OrderSteps.CREDIT_CHECK;
import static io.cloudtrade.reseller.api.OrderSteps.NOTIFY_RESELLER;
import static io.cloudtrade.reseller.api.OrderSteps.PRICE_ADJUSTMENT;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.BusinessModels;
import io.cloudtrade.reseller.api.OrderPlan;
import io.cloudtrade.reseller.api.OrderPlanRequest;
import io.cloudtrade.reseller.api.OrderSteps;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.api.RuleRow;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides how an order of a reseller's customer runs: who pays what, what the customer is shown,
 * what the reseller earns and which steps the order flow runs.
 *
 * <p>A table decides by its first matching row: the product is the row's or the row says {@code *};
 * the order type is in the row's list or the row says {@code *}; {@code minAmount <= Q < maxAmount};
 * and the row's {@code when} is true. A {@code when} that fails at run time (an error, its time
 * limit) refuses the order with {@link ResellerErrors#RULE_EVALUATION_FAILED}: deciding without the
 * row could skip an approval or a price the reseller asked for. With Q the quoted amount (CloudTrade's
 * price):
 *
 * <ul>
 *   <li>products: an empty table allows every product; otherwise no matching row, or a DENY row,
 *       rejects the order with {@link ResellerErrors#PRODUCT_NOT_ALLOWED}.
 *   <li>cost = Q × (100 + p) / 100, p the resellerCost percent (no match: 0), HALF_UP to 2
 *       decimals, never below zero. customer price = Q for a LIST model, else Q adjusted the same way
 *       by the customerPrice percent. A model without PRICE_ADJUSTMENT: cost = customer price = Q.
 *   <li>payer = the paymentMode row's value, else the model's payer.
 *   <li>payer RESELLER: the reseller's account pays charge = cost and earns 0. Payer CUSTOMER: the
 *       order's account pays charge = customer price; the reseller earns, for COMMISSION, charge ×
 *       the commission percent / 100 (no match: 0) HALF_DOWN to 2 decimals; for MARGIN, max(0,
 *       customer price − cost); for NONE, 0.
 *   <li>steps, in the model's order, only those that apply: PRICE_ADJUSTMENT when charge ≠ Q;
 *       CREDIT_CHECK always; APPROVAL when the approval table decides REQUIRED (no match:
 *       NOT_REQUIRED); NOTIFY_RESELLER when the rules have a webhookUrl.
 *   <li>seller = the reseller's name for brand RESELLER, else "CloudTrade".
 * </ul>
 *
 * <p>The explanation has one line per decision, naming the row (e.g. {@code resellerCost[0]}) or
 * the default that decided, with the amounts.
 */
public final class OrderPlanner {
  /** The seller the customer sees when CloudTrade's brand is shown. */
  public static final String CLOUDTRADE = "CloudTrade";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ExpressionSandbox sandbox;

  /** @param sandbox runs the rows' {@code when} expressions */
  public OrderPlanner(ExpressionSandbox sandbox) {
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
  }

  /**
   * The plan of {@code order}, placed by a customer of reseller {@code resellerId} under {@code
   * model} and {@code rules} (valid by {@link BusinessModelRules} and {@link RuleSetRules}); or a
   * {@link ResellerErrors#PRODUCT_NOT_ALLOWED} rejection that names the product and the row.
   *
   * @param ruleVersion the published version of {@code rules}, recorded in the plan
   */
  public Outcome<OrderPlan> plan(long resellerId, String resellerName, BusinessModelDefinition model,
      RuleSetDefinition rules, String ruleVersion, OrderPlanRequest order) {
    try {
      return decide(resellerId, resellerName, model, rules, ruleVersion, order);
    } catch (RuleEvaluationException e) {
      return Outcome.rejected(ResellerErrors.RULE_EVALUATION_FAILED, e.getMessage());
    }
  }

  private Outcome<OrderPlan> decide(long resellerId, String resellerName, BusinessModelDefinition model,
      RuleSetDefinition rules, String ruleVersion, OrderPlanRequest order) {
    Decisions d = new Decisions(rules, order);
    Money quoted = order.getQuotedAmount();
    String product = order.getProductCode();

    if (RuleTable.PRODUCTS.rows(rules).isEmpty()) {
      d.why.add("products: empty, every product is allowed");
    } else {
      Decision allowed = d.decide(RuleTable.PRODUCTS, null);
      if (allowed.value() == null || DENY.equals(allowed.value())) {
        return Outcome.rejected(ResellerErrors.PRODUCT_NOT_ALLOWED, "product " + product + " (" + order.getOrderType()
            + ") is not allowed: " + (allowed.value() == null ? "no row of products matches" : "denied by " + allowed.by()));
      }
      d.why.add(allowed.by() + ": ALLOW " + product);
    }

    List<String> modelSteps = BusinessModelRules.steps(model);
    Money cost = quoted;
    Money price = quoted;
    if (modelSteps.contains(PRICE_ADJUSTMENT)) {
      cost = d.adjusted(RuleTable.RESELLER_COST, "cost");
      if (RESELLER.equals(model.getCustomerPrice())) {
        price = d.adjusted(RuleTable.CUSTOMER_PRICE, "customer price");
      } else {
        d.why.add("customerPrice LIST: customer price = " + quoted);
      }
    } else {
      d.why.add("no PRICE_ADJUSTMENT step: cost = customer price = " + quoted);
    }

    Decision payer = d.decide(RuleTable.PAYMENT_MODE, model.getPayer());
    Money zero = Money.zero(quoted.currency());
    Money charge;
    long payerAccountId;
    Money earning = zero;
    if (RESELLER.equals(payer.value())) {
      charge = cost;
      payerAccountId = resellerId;
      d.why.add(payer.by() + ": payer RESELLER, reseller " + resellerId + " is charged the cost " + cost + " and earns nothing");
    } else {
      charge = price;
      payerAccountId = order.getAccountId();
      d.why.add(payer.by() + ": payer CUSTOMER, account " + payerAccountId + " is charged the customer price " + price);
      if (BusinessModels.COMMISSION.equals(model.getEarning())) {
        Decision rate = d.decide(RuleTable.COMMISSION, "0");
        earning = percentOf(charge, new BigDecimal(rate.value()), RoundingMode.HALF_DOWN);
        d.why.add(rate.by() + ": earning = " + rate.value() + "% of " + charge + " = " + earning);
      } else if (MARGIN.equals(model.getEarning())) {
        earning = max(zero, price.minus(cost));
        d.why.add("MARGIN: earning = max(0, " + price + " - " + cost + ") = " + earning);
      } else {
        d.why.add("earning NONE: the reseller earns nothing");
      }
    }

    List<String> steps = new ArrayList<>();
    for (String step : modelSteps) {
      boolean applies = switch (step) {
        case PRICE_ADJUSTMENT -> !charge.equals(quoted);
        case CREDIT_CHECK -> true;
        case OrderSteps.APPROVAL -> {
          Decision approval = d.decide(RuleTable.APPROVAL, NOT_REQUIRED);
          d.why.add(approval.by() + ": approval " + approval.value() + " for " + quoted);
          yield REQUIRED.equals(approval.value());
        }
        case NOTIFY_RESELLER -> {
          d.why.add(rules.getWebhookUrl() == null ? "webhookUrl: none, the reseller is not notified" : "webhookUrl: set, the reseller is notified");
          yield rules.getWebhookUrl() != null;
        }
        default -> false;
      };
      if (applies) {
        steps.add(step);
      }
    }
    return Outcome.ok(new OrderPlan()
        .setRuleVersion(ruleVersion)
        .setBusinessModel(model.getCode())
        .setResellerId(resellerId)
        .setSeller(RESELLER.equals(model.getBrand()) ? resellerName : CLOUDTRADE)
        .setPayerAccountId(payerAccountId)
        .setChargeAmount(charge)
        .setCustomerPrice(price)
        .setResellerEarning(earning)
        .setSteps(steps)
        .setExplanation(d.why));
  }

  /**
   * The plan of a direct customer's order: rule version {@link BusinessModels#DIRECT}, no reseller
   * or business model, seller "CloudTrade", the order's account pays charge = customer price = the
   * quoted amount, earning zero, no steps and no explanation.
   */
  public static OrderPlan direct(OrderPlanRequest order) {
    Money quoted = order.getQuotedAmount();
    return new OrderPlan()
        .setRuleVersion(BusinessModels.DIRECT)
        .setSeller(CLOUDTRADE)
        .setPayerAccountId(order.getAccountId())
        .setChargeAmount(quoted)
        .setCustomerPrice(quoted)
        .setResellerEarning(Money.zero(quoted.currency()))
        .setSteps(new ArrayList<>())
        .setExplanation(new ArrayList<>());
  }

  /** The facts a {@code when} expression reads, as {@link ExpressionSandbox} describes them. */
  static Map<String, Object> facts(OrderPlanRequest order) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("product", order.getProductCode());
    facts.put("orderType", order.getOrderType());
    facts.put("region", order.getRegion());
    facts.put("subscriptionType", order.getSubscriptionType());
    facts.put("period", order.getPeriod());
    facts.put("periodUnit", order.getPeriodUnit());
    facts.put("amount", order.getQuotedAmount().toBigDecimal());
    facts.put("currency", order.getQuotedAmount().currency());
    facts.put("config", order.getConfig() == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(order.getConfig())));
    facts.put("customerId", order.getAccountId());
    return facts;
  }

  /** {@code money × percent / 100}, rounded to 2 decimals. */
  private static Money percentOf(Money money, BigDecimal percent, RoundingMode rounding) {
    return Money.of(money.toBigDecimal().multiply(percent).divide(HUNDRED, Money.SCALE, rounding), money.currency());
  }

  private static Money max(Money a, Money b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** What decided: a row ({@code approval[2]}) or a table's default; the value is the row's or the default. */
  private record Decision(String by, String value) {}

  /** The decisions of one plan: the order's facts and the explanation written so far. */
  private final class Decisions {
    final List<String> why = new ArrayList<>();
    private final RuleSetDefinition rules;
    private final OrderPlanRequest order;
    private final Map<String, Object> facts;

    Decisions(RuleSetDefinition rules, OrderPlanRequest order) {
      this.rules = rules;
      this.order = order;
      this.facts = facts(order);
    }

    /** The first matching row of {@code table}, or {@code fallback} when none matches. */
    Decision decide(RuleTable table, String fallback) {
      List<RuleRow> rows = table.rows(rules);
      BigDecimal amount = order.getQuotedAmount().toBigDecimal();
      for (int i = 0; i < rows.size(); i++) {
        RuleRow row = rows.get(i);
        if (RuleTable.holds(row, order.getProductCode(), order.getOrderType(), amount) && when(table.at(i), row.getWhen())) {
          return new Decision(table.at(i), row.getValue());
        }
      }
      return new Decision(table.field + " (no row matched)", fallback);
    }

    /** The quoted amount adjusted by {@code table}'s percent: never below zero. */
    Money adjusted(RuleTable table, String what) {
      Decision percent = decide(table, "0");
      Money quoted = order.getQuotedAmount();
      Money adjusted = max(Money.zero(quoted.currency()),
          percentOf(quoted, HUNDRED.add(new BigDecimal(percent.value())), RoundingMode.HALF_UP));
      why.add(percent.by() + ": " + what + " = " + quoted + " adjusted by " + percent.value() + "% = " + adjusted);
      return adjusted;
    }

    private boolean when(String at, String expression) {
      if (expression == null) {
        return true;
      }
      try {
        return sandbox.evaluate(expression, facts);
      } catch (RuleEvaluationException e) {
        throw new RuleEvaluationException(at + ".when could not be evaluated for this order: " + e.getMessage(), e);
      }
    }
  }
}
