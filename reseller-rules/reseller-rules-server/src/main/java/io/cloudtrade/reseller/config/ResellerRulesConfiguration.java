package io.cloudtrade.reseller.config;

import io.cloudtrade.reseller.domain.rules.ExpressionSandbox;
import io.cloudtrade.reseller.domain.rules.OrderPlanner;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules engine of resellers: the sandbox that runs the rules' {@code when} expressions, with the
 * time limit {@code cloudtrade.reseller.expression-time-limit} per evaluation, and the order planner
 * that uses it.
 */
@Configuration(proxyBeanMethods = false)
public class ResellerRulesConfiguration {
  /** The sandbox of rule expressions, shared: it is thread-safe. */
  @Bean
  public ExpressionSandbox expressionSandbox(
      @Value("${cloudtrade.reseller.expression-time-limit:50ms}") Duration timeLimit) {
    return new ExpressionSandbox(timeLimit);
  }

  /** Plans orders under resellers' rules. */
  @Bean
  public OrderPlanner orderPlanner(ExpressionSandbox expressionSandbox) {
    return new OrderPlanner(expressionSandbox);
  }
}
