package io.cloudtrade.launcher;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.DepositRequest;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.BusinessModels;
import io.cloudtrade.reseller.api.IdentityService;
import io.cloudtrade.reseller.api.OrderSteps;
import io.cloudtrade.reseller.api.ResellerService;
import io.cloudtrade.reseller.api.RuleRow;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import java.util.ArrayList;
import java.util.List;
import io.cloudtrade.reseller.api.RegisterAccountRequest;

/**
 * The demo accounts, seeded through the services' own contracts. Every step is idempotent, so the
 * launcher seeds at every start and a restart changes nothing.
 */
public final class DemoData {
  public static final long CUSTOMER_ID = 1_380_000_000_000_001L;
  public static final String CUSTOMER_LOGIN = "demo-customer";
  public static final String CUSTOMER_PASSWORD = "DemoCustomer#2026";
  public static final String CUSTOMER_ACCESS_KEY = "LTAI5tDemoCustomer01";
  public static final String CUSTOMER_SECRET = "DemoCustomerSecret01";
  public static final long RESELLER_ID = 1_380_000_000_000_002L;
  public static final String RESELLER_LOGIN = "demo-reseller";
  public static final String RESELLER_PASSWORD = "DemoReseller#2026";
  public static final String RESELLER_ACCESS_KEY = "LTAI5tDemoReseller01";
  public static final String RESELLER_SECRET = "DemoResellerSecret01";
  public static final long RESELLER_CUSTOMER_ID = 1_380_000_000_000_003L;
  public static final String RESELLER_CUSTOMER_LOGIN = "demo-reseller-customer";
  public static final String RESELLER_CUSTOMER_PASSWORD = "DemoResellerCustomer#2026";

  private DemoData() {}

  static void seed(IdentityService identities, BalanceService balances, ResellerService resellers) {
    account(identities, balances, new RegisterAccountRequest().setAccountId(CUSTOMER_ID).setName("Demo Customer")
        .setLoginName(CUSTOMER_LOGIN).setPassword(CUSTOMER_PASSWORD).setIdentity(Identities.CUSTOMER)
        .setAccessKeyId(CUSTOMER_ACCESS_KEY).setAccessKeySecret(CUSTOMER_SECRET), "100000.00");
    account(identities, balances, new RegisterAccountRequest().setAccountId(RESELLER_ID).setName("Demo Reseller")
        .setLoginName(RESELLER_LOGIN).setPassword(RESELLER_PASSWORD).setIdentity(Identities.RESELLER)
        .setAccessKeyId(RESELLER_ACCESS_KEY).setAccessKeySecret(RESELLER_SECRET), "500000.00");
    account(identities, balances, new RegisterAccountRequest().setAccountId(RESELLER_CUSTOMER_ID).setName("Demo Reseller's Customer")
        .setLoginName(RESELLER_CUSTOMER_LOGIN).setPassword(RESELLER_CUSTOMER_PASSWORD)
        .setIdentity(Identities.RESELLER_CUSTOMER).setResellerId(RESELLER_ID), "10000.00");
    for (BusinessModelDefinition model : businessModels()) {
      must(resellers.defineBusinessModel(model), "define the business model " + model.getCode());
    }
    must(resellers.publishRules(RESELLER_ID, demoResellerRules()), "publish the demo reseller's rules");
  }

  /**
   * The three business models every platform starts with: resale (the reseller buys at its cost and
   * sells at its own price), referral (the customer buys at CloudTrade's price, the reseller earns a
   * commission) and white-label (the customer buys at the reseller's price under its brand; the reseller
   * earns the margin over its cost).
   */
  static List<BusinessModelDefinition> businessModels() {
    return List.of(
        new BusinessModelDefinition().setCode("resale").setName("Resale").setPayer(BusinessModels.RESELLER)
            .setCustomerPrice(BusinessModels.RESELLER).setEarning(BusinessModels.NONE).setBrand(BusinessModels.CLOUDTRADE)
            .setSteps(new ArrayList<>(List.of(OrderSteps.PRICE_ADJUSTMENT, OrderSteps.CREDIT_CHECK, OrderSteps.APPROVAL,
                OrderSteps.NOTIFY_RESELLER))),
        new BusinessModelDefinition().setCode("referral").setName("Referral").setPayer(BusinessModels.CUSTOMER)
            .setCustomerPrice(BusinessModels.LIST).setEarning(BusinessModels.COMMISSION).setBrand(BusinessModels.CLOUDTRADE)
            .setSteps(new ArrayList<>(List.of(OrderSteps.NOTIFY_RESELLER))),
        new BusinessModelDefinition().setCode("white-label").setName("White label").setPayer(BusinessModels.CUSTOMER)
            .setCustomerPrice(BusinessModels.RESELLER).setEarning(BusinessModels.MARGIN).setBrand(BusinessModels.RESELLER)
            .setSteps(new ArrayList<>(List.of(OrderSteps.PRICE_ADJUSTMENT, OrderSteps.CREDIT_CHECK, OrderSteps.NOTIFY_RESELLER))));
  }

  /** The demo reseller refers customers: they pay CloudTrade's price, it earns 8% of it. */
  static RuleSetDefinition demoResellerRules() {
    return new RuleSetDefinition().setBusinessModel("referral").setCurrency("CNY")
        .setCommission(new ArrayList<>(List.of(new RuleRow().setProduct("*").setValue("8"))));
  }

  private static void account(IdentityService identities, BalanceService balances, RegisterAccountRequest r, String cash) {
    Caller c = must(identities.registerAccount(r), "register " + r.getLoginName());
    must(balances.openAccount(c.getAccountId(), "CNY"), "open the balance of " + r.getLoginName());
    must(balances.deposit(new DepositRequest().setAccountId(c.getAccountId()).setAmount(Money.of(cash, "CNY")).setReference("demo-seed")),
        "credit " + r.getLoginName());
  }

  private static <T extends java.io.Serializable> T must(Outcome<T> o, String what) {
    if (!o.isOk()) {
      throw new IllegalStateException("demo data: could not " + what + ": " + o.code() + " " + o.message());
    }
    return o.value();
  }
}
