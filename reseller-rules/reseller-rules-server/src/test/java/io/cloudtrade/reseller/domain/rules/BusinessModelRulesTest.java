package io.cloudtrade.reseller.domain.rules;

import static io.cloudtrade.reseller.domain.rules.RuleFixtures.model;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.reseller.api.BusinessModelDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessModelRulesTest {
  static List<String> fields(List<String> problems) {
    return problems.stream().map(p -> p.substring(0, p.indexOf(':'))).toList();
  }

  @Test
  void acceptsTheThreeModels() {
    assertThat(BusinessModelRules.problems(RuleFixtures.resale())).isEmpty();
    assertThat(BusinessModelRules.problems(RuleFixtures.referral())).isEmpty();
    assertThat(BusinessModelRules.problems(RuleFixtures.whiteLabel())).isEmpty();
  }

  @Test
  void acceptsNoStepsAndBoundaryCodesAndNames() {
    assertThat(BusinessModelRules.problems(model("ab", "CUSTOMER", "LIST", "NONE", "CLOUDTRADE"))).isEmpty();
    assertThat(BusinessModelRules.problems(model("0" + "a-".repeat(15) + "z", "CUSTOMER", "LIST", "NONE", "CLOUDTRADE")
        .setName("n".repeat(128)).setSteps(null))).isEmpty();
  }

  @Test
  void listsEveryProblemAtOnce() {
    BusinessModelDefinition d = new BusinessModelDefinition().setCode("-Bad").setName(" ").setPayer("BANK")
        .setCustomerPrice(null).setEarning("TIPS").setBrand("ACME")
        .setSteps(new ArrayList<>(Arrays.asList("CREDIT_CHECK", "SHIPPING", "CREDIT_CHECK", null)));
    List<String> problems = BusinessModelRules.problems(d);
    assertThat(fields(problems)).containsExactly(
        "code", "name", "payer", "customerPrice", "earning", "brand", "steps[1]", "steps[2]", "steps[3]");
    assertThat(problems).contains(
        "payer: must be one of CUSTOMER, RESELLER, got 'BANK'",
        "customerPrice: must be one of LIST, RESELLER",
        "steps[2]: CREDIT_CHECK is listed twice");
  }

  @Test
  void refusesCodesAndNamesOutOfShape() {
    for (String code : List.of("a", "-ab", "Ab", "a_b", "a".repeat(33))) {
      assertThat(fields(BusinessModelRules.problems(RuleFixtures.referral().setCode(code)))).as(code).containsExactly("code");
    }
    assertThat(fields(BusinessModelRules.problems(RuleFixtures.referral().setName("n".repeat(129))))).containsExactly("name");
    assertThat(fields(BusinessModelRules.problems(RuleFixtures.referral().setName(null)))).containsExactly("name");
  }

  @Test
  void aResellerPriceOrAMarginNeedsPriceAdjustment() {
    assertThat(BusinessModelRules.problems(model("own-price", "CUSTOMER", "RESELLER", "NONE", "RESELLER", "CREDIT_CHECK")))
        .containsExactly("steps: customerPrice RESELLER needs PRICE_ADJUSTMENT");
    assertThat(BusinessModelRules.problems(model("margin", "CUSTOMER", "LIST", "MARGIN", "RESELLER")))
        .containsExactly("steps: earning MARGIN needs PRICE_ADJUSTMENT");
  }

  @Test
  void aResellerThatPaysEarnsNothing() {
    assertThat(fields(BusinessModelRules.problems(RuleFixtures.referral().setPayer("RESELLER")))).containsExactly("earning");
    assertThat(fields(BusinessModelRules.problems(RuleFixtures.whiteLabel().setPayer("RESELLER")))).containsExactly("earning");
    assertThat(BusinessModelRules.problems(RuleFixtures.resale())).isEmpty();
  }

  @Test
  void aMissingDefinitionIsOneProblem() {
    assertThat(BusinessModelRules.problems(null)).containsExactly("businessModel: required");
  }
}
