package io.cloudtrade.reseller.domain.rules;

import static io.cloudtrade.reseller.domain.rules.RuleFixtures.SANDBOX;
import static io.cloudtrade.reseller.domain.rules.RuleFixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alibaba.qlexpress4.exception.QLTimeoutException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionSandboxTest {
  /** Facts: product ecs, New, cn-hangzhou, Subscription, 12 Month, 298.00 CNY, ecs.g7.large, customer 1001. */
  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("amount >= 1000", false),
        Arguments.of("amount >= 298.00 && amount < 298.01", true),
        Arguments.of("amount * 0.1 == 29.8", true),
        Arguments.of("region == \"cn-hangzhou\" && period >= 12", true),
        Arguments.of("region == 'cn-beijing' || periodUnit == 'Year'", false),
        Arguments.of("config[\"InstanceType\"] == \"ecs.g7.large\"", true),
        Arguments.of("config['Missing'] == null", true),
        Arguments.of("product in [\"ecs\", \"rds\"]", true),
        Arguments.of("!(product in [\"rds\", \"polardb\"]) and orderType == \"New\"", true),
        Arguments.of("region like \"cn-%\"", true),
        Arguments.of("subscriptionType != \"PayAsYouGo\" && period % 12 == 0", true),
        Arguments.of("customerId == 1001 or customerId == 1002", true),
        Arguments.of("currency == \"USD\"", false),
        Arguments.of("period > 6 ? amount > 500 : false", false),
        Arguments.of("-amount < 0", true),
        Arguments.of(exactly500Characters(), true));
  }

  /** 32 times {@code amount >= 1 && }, then {@code amount >= 1.00000000}. */
  static String exactly500Characters() {
    String expression = "amount >= 1 && ".repeat(32) + "amount >= 1.00000000";
    assertThat(expression).hasSize(ExpressionSandbox.MAX_LENGTH);
    return expression;
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void acceptsAndDecidesFactExpressions(String expression, boolean expected) {
    assertThat(SANDBOX.check(expression)).as(expression).isNull();
    assertThat(SANDBOX.evaluate(expression, facts())).as(expression).isEqualTo(expected);
  }

  @Test
  void answersChangeWithTheFacts() {
    Map<String, Object> facts = facts();
    facts.put("amount", new BigDecimal("1200.00"));
    facts.put("config", Map.of("InstanceType", "ecs.c7.xlarge"));
    assertThat(SANDBOX.evaluate("amount >= 1000", facts)).isTrue();
    assertThat(SANDBOX.evaluate("config[\"InstanceType\"] == \"ecs.g7.large\"", facts)).isFalse();
  }

  static Stream<String> escapeAttempts() throws IOException {
    try (var in = ExpressionSandboxTest.class.getResourceAsStream("/rules/escape-attempts.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList().stream();
    }
  }

  @Test
  void theEscapeCorpusIsLargeAndHasTheLongLine() throws IOException {
    List<String> lines = escapeAttempts().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(40);
    assertThat(lines).anyMatch(line -> line.length() == 600);
  }

  @ParameterizedTest
  @MethodSource("escapeAttempts")
  void refusesAndNeverDecidesAnEscapeAttempt(String expression) {
    assertThat(SANDBOX.check(expression)).as(expression).isNotNull().doesNotContain("\n");
    assertThatThrownBy(() -> SANDBOX.evaluate(expression, facts())).as(expression).isInstanceOf(RuleEvaluationException.class);
  }

  @Test
  void saysWhyInOneLine() {
    assertThat(SANDBOX.check(" ")).contains("blank");
    assertThat(SANDBOX.check(null)).contains("blank");
    assertThat(SANDBOX.check("amount > 1 && " + "amount > 1 && ".repeat(40) + "true")).contains("500 characters");
    assertThat(SANDBOX.check("amount = 0")).contains("assignment");
    assertThat(SANDBOX.check("price > 100")).contains("unknown name 'price'");
    assertThat(SANDBOX.check("new Object() != null")).contains("'new'");
    assertThat(SANDBOX.check("while (true) { }")).contains("loops");
    assertThat(SANDBOX.check("amount.getClass() != null")).contains("member access");
    assertThat(SANDBOX.check("\"${amount}\" == \"1\"")).contains("interpolation");
    assertThat(SANDBOX.check("(amount > 1")).startsWith("not a valid expression");
    assertThat(SANDBOX.check("amount + 1")).contains("true or false").contains("BigDecimal");
    assertThat(SANDBOX.check("config[\"Cores\"] > 4")).startsWith("a dry run on sample facts failed");
  }

  @Test
  void refusesInEvaluateWhatCheckRefuses() {
    assertThatThrownBy(() -> SANDBOX.evaluate("import java.io.File; true", facts()))
        .isInstanceOf(RuleEvaluationException.class).hasMessageStartingWith("refused: ");
  }

  @Test
  void failsOnErrorsAndNonBooleansAtRunTime() {
    Map<String, Object> facts = facts();
    facts.put("period", 0);
    assertThatThrownBy(() -> SANDBOX.evaluate("amount / period > 1", facts))
        .isInstanceOf(RuleEvaluationException.class).hasMessageContaining("zero");
    assertThatThrownBy(() -> SANDBOX.evaluate("period > 1 ? true : \"maybe\"", facts))
        .isInstanceOf(RuleEvaluationException.class).hasMessageContaining("true or false");
  }

  /** Without this class's own checks: QLExpress4's isolation alone keeps Java out of reach. */
  @Test
  void isolationAloneRefusesJava() {
    ExpressionSandbox isolationOnly = new ExpressionSandbox(Duration.ofSeconds(2), false);
    // each would answer true if it reached Java
    for (String expression : List.of(
        "amount.getClass().getName() == \"java.math.BigDecimal\"",
        "System.getProperty(\"user.home\") != null",
        "new java.io.File(\"/\").exists()",
        "Class.forName(\"java.lang.String\") != null",
        "java.nio.file.Files.exists(java.nio.file.Paths.get(\"/\"))",
        "Thread.currentThread() != null",
        "new String(\"a\") == \"a\"",
        "java.math.BigDecimal.ONE == 1")) {
      assertThatThrownBy(() -> isolationOnly.evaluate(expression, facts())).as(expression).isInstanceOf(RuleEvaluationException.class);
    }
    assertThatThrownBy(() -> isolationOnly.evaluate("new byte[1000000000] != null", facts()))
        .isInstanceOf(RuleEvaluationException.class).hasMessageContaining("max allowed length");
  }

  /** Without this class's own checks, a loop runs into the service's 50 ms limit. */
  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void evaluateEnforcesTheTimeLimitOnItsOwn() {
    ExpressionSandbox timeLimitOnly = new ExpressionSandbox(Duration.ofMillis(50), false);
    for (String loop : List.of("while (true) { amount > 1 }", "for (i = 0; i < 1000000000; i++) { i > 1 } true")) {
      assertThatThrownBy(() -> timeLimitOnly.evaluate(loop, facts())).as(loop)
          .isInstanceOf(RuleEvaluationException.class)
          .hasMessage("ran longer than the time limit of 50 ms")
          .hasCauseInstanceOf(QLTimeoutException.class);
    }
  }

  @Test
  void oneSandboxServesManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        int n = i;
        answers.add(pool.submit(() -> {
          Map<String, Object> facts = facts();
          facts.put("amount", BigDecimal.valueOf(n));
          facts.put("product", n % 2 == 0 ? "ecs" : "rds");
          return SANDBOX.evaluate("product == \"ecs\" && amount >= 1000", facts) == (n % 2 == 0 && n >= 1000);
        }));
      }
      for (Future<Boolean> answer : answers) {
        assertThat(answer.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesATimeLimitBelowOneMillisecond() {
    assertThatThrownBy(() -> new ExpressionSandbox(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
