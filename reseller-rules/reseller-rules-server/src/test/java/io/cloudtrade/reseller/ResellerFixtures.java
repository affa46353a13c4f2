package io.cloudtrade.reseller;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.BusinessModels;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.OrderPlanRequest;
import io.cloudtrade.reseller.api.OrderSteps;
import io.cloudtrade.reseller.api.RegisterAccountRequest;
import io.cloudtrade.reseller.api.RuleRow;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The three business models, rule sets under them, accounts and orders, for the reseller ITs. */
final class ResellerFixtures {
  static final String RESALE = "resale";
  static final String REFERRAL = "referral";
  static final String WHITE_LABEL = "white-label";
  static final String CNY = "CNY";
  static final String FORBIDDEN_PRODUCT = "forbidden-product";

  private ResellerFixtures() {}

  /** A fresh suffix, so that tests never meet each other's accounts in the shared database. */
  static String unique() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
  }

  /** The reseller pays its cost and bills its customer its own price itself; CloudTrade's brand. */
  static BusinessModelDefinition resale() {
    return new BusinessModelDefinition().setCode(RESALE).setName("Resale")
        .setPayer(BusinessModels.RESELLER).setCustomerPrice(BusinessModels.RESELLER).setEarning(BusinessModels.NONE)
        .setBrand(BusinessModels.CLOUDTRADE)
        .setSteps(new ArrayList<>(List.of(OrderSteps.PRICE_ADJUSTMENT, OrderSteps.CREDIT_CHECK, OrderSteps.APPROVAL,
            OrderSteps.NOTIFY_RESELLER)));
  }

  /** The customer pays CloudTrade's price; the reseller earns a commission. */
  static BusinessModelDefinition referral() {
    return new BusinessModelDefinition().setCode(REFERRAL).setName("Referral")
        .setPayer(BusinessModels.CUSTOMER).setCustomerPrice(BusinessModels.LIST).setEarning(BusinessModels.COMMISSION)
        .setBrand(BusinessModels.CLOUDTRADE)
        .setSteps(new ArrayList<>(List.of(OrderSteps.NOTIFY_RESELLER)));
  }

  /** The customer pays the reseller's price under the reseller's brand; the reseller earns the margin. */
  static BusinessModelDefinition whiteLabel() {
    return new BusinessModelDefinition().setCode(WHITE_LABEL).setName("White label")
        .setPayer(BusinessModels.CUSTOMER).setCustomerPrice(BusinessModels.RESELLER).setEarning(BusinessModels.MARGIN)
        .setBrand(BusinessModels.RESELLER)
        .setSteps(new ArrayList<>(List.of(OrderSteps.PRICE_ADJUSTMENT, OrderSteps.CREDIT_CHECK,
            OrderSteps.NOTIFY_RESELLER)));
  }

  static RuleRow any(String value) {
    return new RuleRow().setProduct("*").setValue(value);
  }

  @SafeVarargs
  static <T> ArrayList<T> listOf(T... rows) {
    return new ArrayList<>(List.of(rows));
  }

  /**
   * Resale rules: the reseller's cost is CloudTrade's price -20%, its customers see +{@code markup}%;
   * orders of 1000 or more need its approval; {@link #FORBIDDEN_PRODUCT} is not sold.
   */
  static RuleSetDefinition resaleRules(String markup) {
    return new RuleSetDefinition()
        .setBusinessModel(RESALE)
        .setProducts(listOf(new RuleRow().setProduct(FORBIDDEN_PRODUCT).setValue(BusinessModels.DENY),
            any(BusinessModels.ALLOW)))
        .setResellerCost(listOf(any("-20")))
        .setCustomerPrice(listOf(any(markup)))
        .setApproval(listOf(new RuleRow().setProduct("*").setMinAmount("1000").setValue(BusinessModels.REQUIRED)))
        .setDefaultQuota("1000.00")
        .setCurrency(CNY)
        .setWebhookUrl("https://reseller.example.com/cloudtrade-events")
        .setWebhookSecret("whsec-0123456789abcdef");
  }

  /** Referral rules: the reseller earns 15% of what its customers pay; no default quota (no limit). */
  static RuleSetDefinition referralRules() {
    return new RuleSetDefinition()
        .setBusinessModel(REFERRAL)
        .setCommission(listOf(any("15")))
        .setCurrency(CNY);
  }

  /** White-label rules: cost -20%, customer price +10%. */
  static RuleSetDefinition whiteLabelRules() {
    return new RuleSetDefinition()
        .setBusinessModel(WHITE_LABEL)
        .setResellerCost(listOf(any("-20")))
        .setCustomerPrice(listOf(any("10")))
        .setCurrency(CNY);
  }

  static RegisterAccountRequest anAccount(String kind, String suffix, String identity) {
    return new RegisterAccountRequest()
        .setName(kind + " " + suffix)
        .setLoginName(kind + "-" + suffix + "@example.com")
        .setPassword("password-" + suffix)
        .setIdentity(identity)
        .setAccessKeyId("LTAI5t" + suffix + kind.charAt(0) + "key00000")
        .setAccessKeySecret("secret-" + suffix + "-0123456789");
  }

  static RegisterAccountRequest aReseller(String suffix) {
    return anAccount("reseller", suffix, Identities.RESELLER);
  }

  /** A customer to register through ResellerService (which sets identity and reseller). */
  static RegisterAccountRequest aCustomer(String suffix) {
    return anAccount("customer", suffix, null);
  }

  static OrderPlanRequest anOrder(long accountId, String product, String amount) {
    return new OrderPlanRequest()
        .setAccountId(accountId)
        .setOrderId(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L))
        .setOrderType("New")
        .setProductCode(product)
        .setRegion("cn-hangzhou")
        .setSubscriptionType("Subscription")
        .setPeriod(1)
        .setPeriodUnit("Month")
        .setConfig(new java.util.HashMap<>(Map.of("instanceType", "ecs.g7.large")))
        .setQuotedAmount(Money.of(amount, CNY));
  }

  static Money cny(String amount) {
    return Money.of(amount, CNY);
  }
}
