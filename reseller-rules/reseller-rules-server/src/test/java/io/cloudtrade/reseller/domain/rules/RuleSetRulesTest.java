package io.cloudtrade.reseller.domain.rules;

import static io.cloudtrade.reseller.domain.rules.BusinessModelRulesTest.fields;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.SANDBOX;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.model;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.referral;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.resale;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.row;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.rulesFor;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.whiteLabel;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.RuleRow;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetRulesTest {
  static List<String> problems(RuleSetDefinition rules, BusinessModelDefinition model) {
    return RuleSetRules.problems(rules, model, SANDBOX);
  }

  @Test
  void acceptsTheFixtures() {
    assertThat(problems(RuleFixtures.resaleRules(), resale())).isEmpty();
    assertThat(problems(RuleFixtures.referralRules(), referral())).isEmpty();
    assertThat(problems(RuleFixtures.whiteLabelRules(), whiteLabel())).isEmpty();
    assertThat(problems(rulesFor(referral()).setWebhookUrl(null).setWebhookSecret(null).setDefaultQuota("5000.00"), referral())).isEmpty();
  }

  @Test
  void acceptsRowsWithEveryCondition() {
    RuleSetDefinition rules = RuleFixtures.resaleRules().setApproval(List.of(
        row("ecs", "REQUIRED").setOrderTypes("New, Renew,RenewChange").setMinAmount("0").setMaxAmount("999.99")
            .setWhen("region == \"cn-beijing\" && config[\"InstanceType\"] == \"ecs.g7.large\""),
        row("*", "NOT_REQUIRED").setOrderTypes("*"),
        row("rds.mysql_ha-2", "REQUIRED").setMinAmount("1000.10")));
    assertThat(problems(rules, resale())).isEmpty();
  }

  @Test
  void listsEveryProblemAtOnceNamingTableRowAndField() {
    RuleSetDefinition rules = new RuleSetDefinition().setBusinessModel("referral").setCurrency("cny")
        .setDefaultQuota("-1").setWebhookUrl("ftp://acme.example.com/hooks").setWebhookSecret("short")
        .setProducts(new ArrayList<>(Arrays.asList(row("ECS", "MAYBE"), null)))
        .setResellerCost(List.of(row("-100.01")))
        .setCustomerPrice(List.of(row("1000.001")))
        .setCommission(List.of(row("abc")))
        .setApproval(List.of(
            row("ALWAYS"),
            row("NOT_REQUIRED").setOrderTypes("New,Resell"),
            row("REQUIRED").setMinAmount("ten").setMaxAmount("-5")))
        .setPaymentMode(List.of(row("BOTH").setMinAmount("100.00").setMaxAmount("100").setWhen("price > 100")));
    List<String> problems = problems(rules, resale());
    assertThat(fields(problems)).containsExactly(
        "businessModel", "currency", "defaultQuota", "webhookUrl", "webhookSecret",
        "products[0].product", "products[0].value", "products[1]",
        "resellerCost[0].value",
        "customerPrice[0].value",
        "commission", "commission[0].value",
        "approval[0].value", "approval[1].orderTypes", "approval[2].minAmount", "approval[2].maxAmount",
        "paymentMode[0].maxAmount", "paymentMode[0].when", "paymentMode[0].value");
    assertThat(problems).contains(
        "businessModel: must be resale, the business model these rules are for",
        "approval[2].minAmount: not a decimal",
        "approval[2].maxAmount: must be at least 0",
        "resellerCost[0].value: must be between -100 and 1000",
        "customerPrice[0].value: must be between -100 and 1000",
        "commission: must be empty: business model resale does not earn COMMISSION",
        "commission[0].value: not a decimal",
        "paymentMode[0].maxAmount: must be greater than minAmount");
    assertThat(problems).anyMatch(p -> p.startsWith("approval[1].orderTypes: has an unknown order type 'Resell'"));
    assertThat(problems).anyMatch(p -> p.startsWith("paymentMode[0].when: unknown name 'price'"));
  }

  @Test
  void checksEachTablesValues() {
    BusinessModelDefinition everything = model("everything", "CUSTOMER", "RESELLER", "COMMISSION", "CLOUDTRADE",
        "PRICE_ADJUSTMENT", "CREDIT_CHECK", "APPROVAL", "NOTIFY_RESELLER");
    RuleSetDefinition valid = rulesFor(everything)
        .setProducts(List.of(row("DENY"), row("ALLOW")))
        .setResellerCost(List.of(row("-100"), row("1000"), row("-12.5"), row("7.50")))
        .setCustomerPrice(List.of(row("0"), row("999.99")))
        .setCommission(List.of(row("0"), row("100"), row("12.345")))
        .setApproval(List.of(row("REQUIRED"), row("NOT_REQUIRED")))
        .setPaymentMode(List.of(row("RESELLER"), row("CUSTOMER")));
    assertThat(problems(valid, everything)).isEmpty();
    RuleSetDefinition invalid = rulesFor(everything)
        .setProducts(List.of(row("allow"), row(null)))
        .setResellerCost(List.of(row("-20.125"), row("1e2"), row(" 5")))
        .setCustomerPrice(List.of(row("+10")))
        .setCommission(List.of(row("-0.01"), row("100.01")))
        .setApproval(List.of(row("required")))
        .setPaymentMode(List.of(row("PARTNER")));
    assertThat(fields(problems(invalid, everything))).containsExactly(
        "products[0].value", "products[1].value", "resellerCost[0].value", "resellerCost[1].value", "resellerCost[2].value",
        "customerPrice[0].value", "commission[0].value", "commission[1].value", "approval[0].value", "paymentMode[0].value");
    assertThat(problems(invalid, everything)).contains("resellerCost[0].value: at most 2 decimals");
  }

  @Test
  void tablesTheModelDoesNotRunMustBeEmpty() {
    RuleSetDefinition rules = RuleFixtures.referralRules()
        .setApproval(List.of(row("REQUIRED")))
        .setResellerCost(List.of(row("-20")))
        .setCustomerPrice(List.of(row("10")));
    assertThat(problems(rules, referral())).containsExactly(
        "resellerCost: must be empty: business model referral does not run PRICE_ADJUSTMENT",
        "customerPrice: must be empty: business model referral does not run PRICE_ADJUSTMENT",
        "approval: must be empty: business model referral does not run APPROVAL");
    BusinessModelDefinition listPrice = model("list-price", "RESELLER", "LIST", "NONE", "CLOUDTRADE", "PRICE_ADJUSTMENT");
    assertThat(problems(rulesFor(listPrice).setCustomerPrice(List.of(row("10"))), listPrice))
        .containsExactly("customerPrice: must be empty: business model list-price shows the LIST price");
  }

  @Test
  void atMost200RowsPerTable() {
    RuleSetDefinition rules = RuleFixtures.resaleRules().setApproval(Collections.nCopies(200, row("NOT_REQUIRED")));
    assertThat(problems(rules, resale())).isEmpty();
    rules.setApproval(Collections.nCopies(201, row("NOT_REQUIRED")));
    assertThat(problems(rules, resale())).containsExactly("approval: at most 200 rows, got 201");
  }

  @Test
  void checksProductsAndOrderTypes() {
    List<RuleRow> rows = List.of(
        row("a".repeat(65), "ALLOW"), row(".ecs", "ALLOW"), row("", "ALLOW"),
        row("ALLOW").setOrderTypes("New,"), row("ALLOW").setOrderTypes("new"), row("ALLOW").setOrderTypes(""));
    assertThat(fields(problems(rulesFor(whiteLabel()).setProducts(rows), whiteLabel()))).containsExactly(
        "products[0].product", "products[1].product", "products[2].product",
        "products[3].orderTypes", "products[4].orderTypes", "products[5].orderTypes");
  }

  @Test
  void checksTheWebhookAndTheQuota() {
    for (String url : List.of("acme.example.com/hooks", "http://", "mailto:ops@acme.example.com", "https://acme example.com/")) {
      assertThat(fields(problems(rulesFor(referral()).setWebhookUrl(url), referral()))).as(url).containsExactly("webhookUrl");
    }
    assertThat(problems(rulesFor(referral()).setWebhookUrl("HTTP://10.0.0.8:8080/hook?x=1"), referral())).isEmpty();
    for (String secret : Arrays.asList(null, "1234567", "s".repeat(129))) {
      assertThat(fields(problems(rulesFor(referral()).setWebhookSecret(secret), referral()))).containsExactly("webhookSecret");
    }
    assertThat(problems(rulesFor(referral()).setWebhookSecret("12345678"), referral())).isEmpty();
    for (String quota : List.of("1.234", "lots", "-0.01")) {
      assertThat(fields(problems(rulesFor(referral()).setDefaultQuota(quota), referral()))).as(quota).containsExactly("defaultQuota");
    }
    assertThat(fields(problems(rulesFor(referral()).setCurrency(null), referral()))).containsExactly("currency");
  }

  @Test
  void missingRulesAreOneProblem() {
    assertThat(problems(null, referral())).containsExactly("rules: required");
  }
}
