package io.cloudtrade.reseller.domain.rules;

import static io.cloudtrade.reseller.api.OrderSteps.APPROVAL;
import static io.cloudtrade.reseller.api.OrderSteps.CREDIT_CHECK;
import static io.cloudtrade.reseller.api.OrderSteps.NOTIFY_RESELLER;
import static io.cloudtrade.reseller.api.OrderSteps.PRICE_ADJUSTMENT;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.OrderPlanRequest;
import io.cloudtrade.reseller.api.RuleRow;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Business models, rule sets and orders the rules tests share. */
final class RuleFixtures {
  /**
   * The sandbox of behaviour tests. Its time limit is generous so that a busy build machine cannot
   * turn an answer into a timeout; the time limit itself is tested with the service's 50 ms.
   */
  static final ExpressionSandbox SANDBOX = new ExpressionSandbox(Duration.ofSeconds(2));

  static final long RESELLER_ID = 42L;
  static final String RESELLER_NAME = "Acme Cloud";
  static final long CUSTOMER_ID = 1001L;

  private RuleFixtures() {}

  /** The reseller buys at its cost and sells at its own price; CloudTrade's brand. */
  static BusinessModelDefinition resale() {
    return model("resale", "RESELLER", "RESELLER", "NONE", "CLOUDTRADE", PRICE_ADJUSTMENT, CREDIT_CHECK, APPROVAL, NOTIFY_RESELLER);
  }

  /** The customer pays the list price; the reseller earns a commission. */
  static BusinessModelDefinition referral() {
    return model("referral", "CUSTOMER", "LIST", "COMMISSION", "CLOUDTRADE", NOTIFY_RESELLER);
  }

  /** The customer pays the reseller's price under the reseller's brand; the reseller earns the margin. */
  static BusinessModelDefinition whiteLabel() {
    return model("white-label", "CUSTOMER", "RESELLER", "MARGIN", "RESELLER", PRICE_ADJUSTMENT, CREDIT_CHECK, NOTIFY_RESELLER);
  }

  static BusinessModelDefinition model(String code, String payer, String customerPrice, String earning, String brand, String... steps) {
    return new BusinessModelDefinition().setCode(code).setName("The " + code + " model").setPayer(payer)
        .setCustomerPrice(customerPrice).setEarning(earning).setBrand(brand).setSteps(new ArrayList<>(List.of(steps)));
  }

  /** Empty tables, CNY, a webhook. */
  static RuleSetDefinition rulesFor(BusinessModelDefinition model) {
    return new RuleSetDefinition().setBusinessModel(model.getCode()).setCurrency("CNY")
        .setWebhookUrl("https://acme.example.com/hooks/orders").setWebhookSecret("s3cret-hook-key");
  }

  /** A row for any product, order type and amount. */
  static RuleRow row(String value) {
    return new RuleRow().setValue(value);
  }

  static RuleRow row(String product, String value) {
    return row(value).setProduct(product);
  }

  /** The rules of the resale fixture: cost -20%, customer price +10%, approval from 1000.00. */
  static RuleSetDefinition resaleRules() {
    return rulesFor(resale())
        .setResellerCost(List.of(row("-20")))
        .setCustomerPrice(List.of(row("10")))
        .setApproval(List.of(row("REQUIRED").setMinAmount("1000")));
  }

  /** The rules of the referral fixture: 8% commission. */
  static RuleSetDefinition referralRules() {
    return rulesFor(referral()).setCommission(List.of(row("8")));
  }

  /** The rules of the white-label fixture: cost -20%, customer price +10%, only ecs and rds. */
  static RuleSetDefinition whiteLabelRules() {
    return rulesFor(whiteLabel())
        .setProducts(List.of(row("ecs", "ALLOW"), row("rds", "ALLOW")))
        .setResellerCost(List.of(row("-20")))
        .setCustomerPrice(List.of(row("10")));
  }

  /** A new one-year ecs.g7.large in cn-hangzhou quoted at 298.00 CNY. */
  static OrderPlanRequest order() {
    return new OrderPlanRequest().setAccountId(CUSTOMER_ID).setOrderId(5001L).setOrderType("New").setProductCode("ecs")
        .setRegion("cn-hangzhou").setSubscriptionType("Subscription").setPeriod(12).setPeriodUnit("Month")
        .setConfig(Map.of("InstanceType", "ecs.g7.large")).setQuotedAmount(cny("298.00"));
  }

  /** The facts of {@link #order()}. */
  static Map<String, Object> facts() {
    return OrderPlanner.facts(order());
  }

  static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }
}
