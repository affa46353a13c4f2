package io.cloudtrade.monitoringagent.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlertRulesTest {
  @Test
  void theDefaults() {
    AlertRules r = AlertRules.defaults();
    AlertRules.LinkRule link = r.forLink("OrderService.placeOrder", "ecs");
    assertThat(link.availabilityObjective()).isEqualTo(0.999);
    assertThat(link.latencyObjective()).isEqualTo(0.99);
    assertThat(link.latencyThreshold()).isEqualTo(Duration.ofMillis(300));
    assertThat(link.minCallsLong()).isEqualTo(30);
    assertThat(link.minCallsShort()).isEqualTo(5);
    assertThat(link.minBadCalls()).isEqualTo(3);
    assertThat(r.page()).isEqualTo(new AlertRules.Tier("page", true, Duration.ofMinutes(5), Duration.ofSeconds(30), 14.4, Duration.ZERO));
    assertThat(r.ticket()).isEqualTo(new AlertRules.Tier("ticket", true, Duration.ofHours(1), Duration.ofMinutes(5), 6, Duration.ofMinutes(2)));
    assertThat(r.forCode("InsufficientBalance")).isEqualTo(new AlertRules.CodeRule(true, 10, 0.05, 4, 300, "page"));
    assertThat(r.codeShortWindow()).isEqualTo(Duration.ofMinutes(1));
    assertThat(r.codeBaselineWindow()).isEqualTo(Duration.ofMinutes(30));
    assertThat(r.resolveDelay()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void theMostSpecificOverrideWinsLinkOverProductOverDefaults() {
    AlertRules r = AlertRules.parse("""
        {"latencyThresholdMs": 250,
         "products": {"ecs": {"latencyThresholdMs": 800, "minCallsLong": 100}},
         "links": {"PaymentService.pay": {"latencyThresholdMs": 1500}},
         "codes": {"InsufficientBalance": {"floor": 0.5, "minCount": 30}},
         "page": {"short": "1m"}}
        """);
    assertThat(r.forLink("OrderService.placeOrder", "rds").latencyThreshold()).isEqualTo(Duration.ofMillis(250));
    assertThat(r.forLink("OrderService.placeOrder", "ecs").latencyThreshold()).isEqualTo(Duration.ofMillis(800));
    assertThat(r.forLink("PaymentService.pay", "ecs").latencyThreshold()).isEqualTo(Duration.ofMillis(1500));
    assertThat(r.forLink("PaymentService.pay", "ecs").minCallsLong()).isEqualTo(100); // the product's, not overridden
    assertThat(r.forLink("PaymentService.pay", null).minCallsLong()).isEqualTo(30);
    assertThat(r.forCode("InsufficientBalance")).isEqualTo(new AlertRules.CodeRule(true, 30, 0.5, 4, 300, "page"));
    assertThat(r.forCode("OrderNotPayable").floor()).isEqualTo(0.05);
    assertThat(r.page().shortWindow()).isEqualTo(Duration.ofMinutes(1));
    assertThat(r.page().longWindow()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aDocumentOverridesThePropertiesDefaults() {
    AlertProperties p = AlertProperties.defaults().withRules("{\"codes\": {\"X\": {\"enabled\": false}}}");
    AlertRules fromProperties = AlertRules.from(p);
    assertThat(fromProperties.forCode("X").enabled()).isFalse();
    // a runtime document replaces the properties' document, not their defaults
    AlertRules updated = AlertRules.parse("{\"minCallsShort\": 7}", AlertRules.base(p));
    assertThat(updated.forCode("X").enabled()).isTrue();
    assertThat(updated.forLink("A.b", null).minCallsShort()).isEqualTo(7);
  }

  @Test
  void invalidRulesAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> AlertRules.parse("{\"latencyTreshold\": 5}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latencyTreshold unknown key");
    assertThatThrownBy(() -> AlertRules.parse("{\"links\": {\"A.b\": {\"objective\": 0.9}}}"))
        .hasMessageContaining("links.A.b.objective unknown key");
    assertThatThrownBy(() -> AlertRules.parse("{\"availabilityObjective\": 99.9}"))
        .hasMessageContaining("availabilityObjective must be between 0 and 1");
    assertThatThrownBy(() -> AlertRules.parse("{\"products\": {\"ecs\": {\"latencyObjective\": 1}}}"))
        .hasMessageContaining("products.ecs.latencyObjective must be between 0 and 1");
    assertThatThrownBy(() -> AlertRules.parse("{\"latencyThresholdMs\": -1}"))
        .hasMessageContaining("latencyThresholdMs must not be negative");
    assertThatThrownBy(() -> AlertRules.parse("{\"minCallsLong\": -30}")).hasMessageContaining("minCallsLong must not be negative");
    assertThatThrownBy(() -> AlertRules.parse("{\"codes\": {\"X\": {\"floor\": -0.1}}}")).hasMessageContaining("codes.X.floor");
    assertThatThrownBy(() -> AlertRules.parse("{\"code\": {\"factor\": -4}}")).hasMessageContaining("code.factor must not be negative");
    assertThatThrownBy(() -> AlertRules.parse("{\"page\": {\"short\": \"10m\"}}")).hasMessageContaining("must be shorter than the long window");
    assertThatThrownBy(() -> AlertRules.parse("{\"page\": {\"long\": \"five minutes\"}}")).hasMessageContaining("page.long must be a duration");
    assertThatThrownBy(() -> AlertRules.parse("{\"ticket\": {\"long\": \"8h\"}}")).hasMessageContaining("ticket.long must be between");
    assertThatThrownBy(() -> AlertRules.parse("{\"latencyObjective\": 0.9}")).hasMessageContaining("could never fire");
    assertThatThrownBy(() -> AlertRules.parse("{\"codes\": {\"X\": {\"severity\": \"sms\"}}}")).hasMessageContaining("\"page\" or \"ticket\"");
    assertThatThrownBy(() -> AlertRules.parse("{\"minCallsLong\": \"30\"}")).hasMessageContaining("minCallsLong must be a whole number");
    assertThatThrownBy(() -> AlertRules.parse("[1]")).hasMessageContaining("must be a JSON object");
    assertThatThrownBy(() -> AlertRules.parse("{\"a\": ")).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> AlertRules.parse("{\"minCallsLong\": 1, \"minCallsLong\": 2}")).hasMessageContaining("not valid JSON");
  }

  @Test
  void anInvalidUpdateIsRefusedAndTheLastGoodRulesStay() {
    AlertEvaluator evaluator = new AlertEvaluator(AlertProperties.defaults(), AlertSink.NONE);
    AlertRules good = evaluator.updateRules("{\"latencyThresholdMs\": 500}");
    assertThat(evaluator.rules()).isSameAs(good);
    assertThatThrownBy(() -> evaluator.updateRules("{\"latencyThresholdMs\": 500, \"availabilityObjective\": 2}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("availabilityObjective");
    assertThat(evaluator.rules()).isSameAs(good);
    assertThat(evaluator.rules().forLink("A.b", null).latencyThreshold()).isEqualTo(Duration.ofMillis(500));
  }
}
