package io.cloudtrade.reseller.domain.rules;

import static io.cloudtrade.reseller.domain.rules.RuleFixtures.CUSTOMER_ID;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.RESELLER_ID;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.RESELLER_NAME;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.SANDBOX;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.cny;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.order;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.referral;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.resale;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.row;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.whiteLabel;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.OrderPlan;
import io.cloudtrade.reseller.api.OrderPlanRequest;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderPlannerTest {
  static final OrderPlanner PLANNER = new OrderPlanner(SANDBOX);

  static Outcome<OrderPlan> plan(BusinessModelDefinition model, RuleSetDefinition rules, OrderPlanRequest order) {
    assertThat(BusinessModelRules.problems(model)).isEmpty();
    assertThat(RuleSetRules.problems(rules, model, SANDBOX)).isEmpty();
    return PLANNER.plan(RESELLER_ID, RESELLER_NAME, model, rules, "v7", order);
  }

  static OrderPlan planned(BusinessModelDefinition model, RuleSetDefinition rules, OrderPlanRequest order) {
    Outcome<OrderPlan> outcome = plan(model, rules, order);
    assertThat(outcome.isOk()).as("%s", outcome).isTrue();
    return outcome.value();
  }

  @Test
  void resaleChargesTheResellerItsCost() {
    OrderPlan plan = planned(resale(), RuleFixtures.resaleRules(), order());
    assertThat(plan.getRuleVersion()).isEqualTo("v7");
    assertThat(plan.getBusinessModel()).isEqualTo("resale");
    assertThat(plan.getResellerId()).isEqualTo(RESELLER_ID);
    assertThat(plan.getSeller()).isEqualTo("CloudTrade");
    assertThat(plan.getPayerAccountId()).isEqualTo(RESELLER_ID);
    assertThat(plan.getChargeAmount()).isEqualTo(cny("238.40"));
    assertThat(plan.getCustomerPrice()).isEqualTo(cny("327.80"));
    assertThat(plan.getResellerEarning()).isEqualTo(cny("0.00"));
    assertThat(plan.getSteps()).containsExactly("PRICE_ADJUSTMENT", "CREDIT_CHECK", "NOTIFY_RESELLER");
    assertThat(plan.getExplanation()).contains(
        "resellerCost[0]: cost = 298.00 CNY adjusted by -20% = 238.40 CNY",
        "customerPrice[0]: customer price = 298.00 CNY adjusted by 10% = 327.80 CNY",
        "approval (no row matched): approval NOT_REQUIRED for 298.00 CNY");
    assertThat(plan.getSteps()).isExactlyInstanceOf(ArrayList.class);
    assertThat(plan.getExplanation()).isExactlyInstanceOf(ArrayList.class);
  }

  @Test
  void resaleNeedsApprovalFromTheThreshold() {
    assertThat(planned(resale(), RuleFixtures.resaleRules(), order().setQuotedAmount(cny("999.99"))).getSteps())
        .doesNotContain("APPROVAL");
    OrderPlan plan = planned(resale(), RuleFixtures.resaleRules(), order().setQuotedAmount(cny("1000.00")));
    assertThat(plan.getSteps()).containsExactly("PRICE_ADJUSTMENT", "CREDIT_CHECK", "APPROVAL", "NOTIFY_RESELLER");
    assertThat(plan.getChargeAmount()).isEqualTo(cny("800.00"));
    assertThat(plan.getExplanation()).contains("approval[0]: approval REQUIRED for 1000.00 CNY");
  }

  @Test
  void approvalByAWhenExpression() {
    RuleSetDefinition rules = RuleFixtures.resaleRules().setApproval(List.of(
        row("REQUIRED").setWhen("region == \"cn-beijing\" || config[\"InstanceType\"] == \"ecs.g7.16xlarge\"")));
    assertThat(planned(resale(), rules, order()).getSteps()).doesNotContain("APPROVAL");
    assertThat(planned(resale(), rules, order().setRegion("cn-beijing")).getSteps()).contains("APPROVAL");
  }

  @Test
  void aWhenThatFailsRefusesTheOrderInsteadOfSkippingItsRow() {
    String divides = "amount / (period - 12) < 10";
    RuleSetDefinition rules = RuleFixtures.resaleRules().setApproval(List.of(
        row("REQUIRED").setWhen(divides), row("NOT_REQUIRED").setOrderTypes("New")));
    // publishable: the dry run (period 1) answers; this order's period 12 divides by zero
    Outcome<OrderPlan> refused = plan(resale(), rules, order());
    assertThat(refused.code()).isEqualTo(ResellerErrors.RULE_EVALUATION_FAILED);
    assertThat(refused.message()).startsWith("approval[0].when could not be evaluated for this order:");
    assertThat(planned(resale(), rules, order().setPeriod(1)).getSteps()).contains("APPROVAL");
  }

  @Test
  void referralPaysACommissionOnTheListPrice() {
    OrderPlan plan = planned(referral(), RuleFixtures.referralRules(), order());
    assertThat(plan.getPayerAccountId()).isEqualTo(CUSTOMER_ID);
    assertThat(plan.getChargeAmount()).isEqualTo(cny("298.00"));
    assertThat(plan.getCustomerPrice()).isEqualTo(cny("298.00"));
    assertThat(plan.getResellerEarning()).isEqualTo(cny("23.84"));
    assertThat(plan.getSeller()).isEqualTo("CloudTrade");
    assertThat(plan.getSteps()).containsExactly("NOTIFY_RESELLER");
    assertThat(plan.getExplanation()).contains("commission[0]: earning = 8% of 298.00 CNY = 23.84 CNY");
    assertThat(planned(referral(), RuleFixtures.referralRules().setWebhookUrl(null), order()).getSteps()).isEmpty();
  }

  @Test
  void roundsTheCostHalfUpAndTheCommissionHalfDown() {
    OrderPlanRequest order = order().setQuotedAmount(cny("1.10"));
    assertThat(planned(referral(), RuleFixtures.referralRules().setCommission(List.of(row("5"))), order).getResellerEarning())
        .isEqualTo(cny("0.05")); // 0.055
    assertThat(planned(resale(), RuleFixtures.resaleRules().setResellerCost(List.of(row("-5"))), order).getChargeAmount())
        .isEqualTo(cny("1.05")); // 1.045
  }

  @Test
  void whiteLabelEarnsTheMarginUnderTheResellersBrand() {
    OrderPlan plan = planned(whiteLabel(), RuleFixtures.whiteLabelRules(), order());
    assertThat(plan.getSeller()).isEqualTo(RESELLER_NAME);
    assertThat(plan.getPayerAccountId()).isEqualTo(CUSTOMER_ID);
    assertThat(plan.getChargeAmount()).isEqualTo(cny("327.80"));
    assertThat(plan.getCustomerPrice()).isEqualTo(cny("327.80"));
    assertThat(plan.getResellerEarning()).isEqualTo(cny("89.40"));
    assertThat(plan.getSteps()).containsExactly("PRICE_ADJUSTMENT", "CREDIT_CHECK", "NOTIFY_RESELLER");
    assertThat(plan.getExplanation()).contains("MARGIN: earning = max(0, 327.80 CNY - 238.40 CNY) = 89.40 CNY");
  }

  @Test
  void theMarginIsNeverNegativeAndNoPriceAdjustmentWhenTheChargeIsTheQuote() {
    RuleSetDefinition rules = RuleFixtures.whiteLabelRules().setCustomerPrice(List.of(row("-30")));
    OrderPlan plan = planned(whiteLabel(), rules, order());
    assertThat(plan.getChargeAmount()).isEqualTo(cny("208.60"));
    assertThat(plan.getResellerEarning()).isEqualTo(cny("0.00"));
    plan = planned(whiteLabel(), rules.setCustomerPrice(null), order());
    assertThat(plan.getChargeAmount()).isEqualTo(cny("298.00"));
    assertThat(plan.getSteps()).containsExactly("CREDIT_CHECK", "NOTIFY_RESELLER");
  }

  @Test
  void deniesProductsNamingTheProductAndTheRow() {
    RuleSetDefinition rules = RuleFixtures.whiteLabelRules().setProducts(List.of(row("rds", "DENY"), row("ALLOW").setOrderTypes("New")));
    Outcome<OrderPlan> denied = plan(whiteLabel(), rules, order().setProductCode("rds"));
    assertThat(denied.code()).isEqualTo(ResellerErrors.PRODUCT_NOT_ALLOWED);
    assertThat(denied.message()).contains("rds").contains("products[0]");
    Outcome<OrderPlan> unmatched = plan(whiteLabel(), rules, order().setOrderType("Renew"));
    assertThat(unmatched.code()).isEqualTo(ResellerErrors.PRODUCT_NOT_ALLOWED);
    assertThat(unmatched.message()).contains("ecs").contains("Renew").contains("no row of products matches");
    assertThat(plan(whiteLabel(), rules, order()).isOk()).isTrue();
    assertThat(plan(whiteLabel(), RuleFixtures.whiteLabelRules(), order().setProductCode("oss")).code())
        .isEqualTo(ResellerErrors.PRODUCT_NOT_ALLOWED);
  }

  @Test
  void paymentModeOverridesTheModelsPayer() {
    RuleSetDefinition whiteLabelRules = RuleFixtures.whiteLabelRules().setPaymentMode(List.of(row("ecs", "RESELLER")));
    OrderPlan resellerPays = planned(whiteLabel(), whiteLabelRules, order());
    assertThat(resellerPays.getPayerAccountId()).isEqualTo(RESELLER_ID);
    assertThat(resellerPays.getChargeAmount()).isEqualTo(cny("238.40"));
    assertThat(resellerPays.getCustomerPrice()).isEqualTo(cny("327.80"));
    assertThat(resellerPays.getResellerEarning()).isEqualTo(cny("0.00"));
    assertThat(planned(whiteLabel(), whiteLabelRules, order().setProductCode("rds")).getPayerAccountId()).isEqualTo(CUSTOMER_ID);

    OrderPlan customerPays = planned(resale(), RuleFixtures.resaleRules().setPaymentMode(List.of(row("CUSTOMER"))), order());
    assertThat(customerPays.getPayerAccountId()).isEqualTo(CUSTOMER_ID);
    assertThat(customerPays.getChargeAmount()).isEqualTo(cny("327.80"));
    assertThat(customerPays.getResellerEarning()).isEqualTo(cny("0.00"));
  }

  @Test
  void withoutPriceAdjustmentEverythingIsTheQuote() {
    BusinessModelDefinition listOnly = RuleFixtures.model("list-only", "RESELLER", "LIST", "NONE", "RESELLER", "CREDIT_CHECK");
    OrderPlan plan = planned(listOnly, RuleFixtures.rulesFor(listOnly).setWebhookUrl(null), order());
    assertThat(plan.getChargeAmount()).isEqualTo(cny("298.00"));
    assertThat(plan.getCustomerPrice()).isEqualTo(cny("298.00"));
    assertThat(plan.getPayerAccountId()).isEqualTo(RESELLER_ID);
    assertThat(plan.getSeller()).isEqualTo(RESELLER_NAME);
    assertThat(plan.getSteps()).containsExactly("CREDIT_CHECK");
  }

  @Test
  void rowsMatchOnProductOrderTypeAndAmountRange() {
    RuleSetDefinition rules = RuleFixtures.resaleRules().setResellerCost(List.of(
        row("rds", "-50"),
        row("-40").setOrderTypes("Renew,Upgrade"),
        row("-30").setMinAmount("300").setMaxAmount("500"),
        row("-10").setMaxAmount("300")));
    assertThat(planned(resale(), rules, order()).getChargeAmount()).isEqualTo(cny("268.20"));
    assertThat(planned(resale(), rules, order().setQuotedAmount(cny("300.00"))).getChargeAmount()).isEqualTo(cny("210.00"));
    assertThat(planned(resale(), rules, order().setOrderType("Upgrade")).getChargeAmount()).isEqualTo(cny("178.80"));
    assertThat(planned(resale(), rules, order().setProductCode("rds")).getChargeAmount()).isEqualTo(cny("149.00"));
    assertThat(planned(resale(), rules, order().setQuotedAmount(cny("500.00"))).getChargeAmount()).isEqualTo(cny("500.00"));
  }

  @Test
  void directCustomersPayTheQuote() {
    OrderPlan plan = OrderPlanner.direct(order());
    assertThat(plan.getRuleVersion()).isEqualTo("direct");
    assertThat(plan.getBusinessModel()).isNull();
    assertThat(plan.getResellerId()).isNull();
    assertThat(plan.getSeller()).isEqualTo("CloudTrade");
    assertThat(plan.getPayerAccountId()).isEqualTo(CUSTOMER_ID);
    assertThat(plan.getChargeAmount()).isEqualTo(cny("298.00"));
    assertThat(plan.getCustomerPrice()).isEqualTo(cny("298.00"));
    assertThat(plan.getResellerEarning()).isEqualTo(cny("0.00"));
    assertThat(plan.getSteps()).isEmpty();
    assertThat(plan.getExplanation()).isEmpty();
    assertThat(plan.getSteps()).isExactlyInstanceOf(ArrayList.class);
    assertThat(plan.getExplanation()).isExactlyInstanceOf(ArrayList.class);
  }
}
