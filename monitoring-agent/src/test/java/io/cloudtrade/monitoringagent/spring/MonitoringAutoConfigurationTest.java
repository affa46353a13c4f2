package io.cloudtrade.monitoringagent.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.monitoringagent.Monitored;
import io.cloudtrade.monitoringagent.RequestMetrics;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.cloudtrade.monitoringagent.alerts.Alert;
import io.cloudtrade.monitoringagent.alerts.AlertEvaluator;
import io.cloudtrade.monitoringagent.alerts.AlertKind;
import io.cloudtrade.monitoringagent.alerts.AlertSink;
import io.cloudtrade.monitoringagent.alerts.LoggingAlertSink;
import io.cloudtrade.monitoringagent.faults.FaultInjection;
import io.cloudtrade.monitoringagent.faults.InjectedFault;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class MonitoringAutoConfigurationTest {
  public interface QuoteService {
    Outcome<String> quote(String productCode);
  }

  @Monitored
  public static class Quotes implements QuoteService {
    @Override
    public Outcome<String> quote(String productCode) {
      if ("boom".equals(productCode)) {
        throw new IllegalStateException("catalog db down");
      }
      return productCode.isEmpty() ? Outcome.rejected("InvalidParameter", "empty") : Outcome.ok("1.00");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class App {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }

    @Bean
    Quotes quotes() {
      return new Quotes();
    }
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AopAutoConfiguration.class, MonitoringAutoConfiguration.class))
      .withUserConfiguration(App.class);

  @Test
  void theStarterProxiesMonitoredBeansAndRecordsTheTimer() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(RequestRecorder.class);
      QuoteService quotes = context.getBean(QuoteService.class);
      assertThat(AopUtils.isAopProxy(quotes)).isTrue();
      quotes.quote("ecs");
      quotes.quote("");
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      assertThat(registry.get(RequestMetrics.TIMER).tags("service", "QuoteService", "operation", "quote", "outcome", "SUCCESS").timer().count())
          .isEqualTo(1);
      assertThat(registry.get(RequestMetrics.TIMER).tags("outcome", "REJECTED", "code", "InvalidParameter").timer().count()).isEqualTo(1);
    });
  }

  @Test
  void propertiesAreBoundAndChecked() {
    runner.withPropertyValues("cloudtrade.monitoring.max-codes-per-operation=7",
            "cloudtrade.monitoring.business-exceptions=com.example.ConflictException",
            "cloudtrade.monitoring.request-log.enabled=false")
        .run(context -> {
          RequestRecorder recorder = context.getBean(RequestRecorder.class);
          assertThat(recorder.properties().maxCodesPerOperation()).isEqualTo(7);
          assertThat(recorder.properties().maxProductsPerOperation()).isEqualTo(100);
          assertThat(recorder.properties().businessExceptions()).containsExactly("com.example.ConflictException");
          assertThat(recorder.properties().requestLog().enabled()).isFalse();
        });
    runner.withPropertyValues("cloudtrade.monitoring.max-codes-per-operation=0")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("max-codes-per-operation"));
  }

  @Test
  void disabledMeansNoProxy() {
    runner.withPropertyValues("cloudtrade.monitoring.enabled=false").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(MonitoredAdvisor.class);
      assertThat(AopUtils.isAopProxy(context.getBean(QuoteService.class))).isFalse();
    });
  }

  /** Another sink in the context (as a RocketMQ sink would be). */
  static class RecordingSink implements AlertSink {
    final List<Alert> fired = new ArrayList<>();

    @Override
    public synchronized void fired(Alert alert) {
      fired.add(alert);
    }

    @Override
    public void resolved(Alert alert) {}
  }

  @Configuration(proxyBeanMethods = false)
  static class WithSink {
    @Bean
    RecordingSink recordingSink() {
      return new RecordingSink();
    }
  }

  @Test
  void theStarterCountsCallsInTheEvaluatorAndEverySinkGetsItsEvents() {
    runner.withUserConfiguration(WithSink.class)
        .withPropertyValues("cloudtrade.monitoring.alerts.rules={\"minCallsLong\": 1, \"minCallsShort\": 1, \"minBadCalls\": 1}")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(AlertEvaluator.class).hasSingleBean(LoggingAlertSink.class)
              .hasSingleBean(AlertEvaluationSchedule.class).hasSingleBean(AlertsEndpoint.class);
          AlertEvaluator evaluator = context.getBean(AlertEvaluator.class);
          assertThat(context.getBean(RequestRecorder.class).alerts()).isSameAs(evaluator);
          assertThat(context.getBean(AlertEvaluationSchedule.class).isRunning()).isTrue();
          QuoteService quotes = context.getBean(QuoteService.class);
          for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> quotes.quote("boom")).isInstanceOf(IllegalStateException.class);
          }
          evaluator.evaluate(Instant.now());
          RecordingSink sink = context.getBean(RecordingSink.class);
          synchronized (sink) {
            assertThat(sink.fired).extracting(Alert::kind, Alert::link).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AlertKind.AVAILABILITY, "QuoteService.quote"));
          }
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          assertThat(registry.get(LoggingAlertSink.COUNTER).tags("kind", "AVAILABILITY", "severity", "page", "event", "fired")
              .counter().count()).isEqualTo(1);
          Map<String, Object> endpoint = context.getBean(AlertsEndpoint.class).alerts();
          assertThat((List<?>) endpoint.get("firing")).hasSize(1);
          assertThat((List<?>) endpoint.get("recent")).isEmpty();
        });
  }

  @Test
  void alertsCanBeSwitchedOffAndBadRulesStopTheStart() {
    runner.withPropertyValues("cloudtrade.monitoring.alerts.enabled=false").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(AlertEvaluator.class).doesNotHaveBean(AlertsEndpoint.class);
      assertThat(context.getBean(RequestRecorder.class).alerts()).isNull();
    });
    runner.withPropertyValues("cloudtrade.monitoring.alerts.rules={\"availabilityObjective\": 1.5}")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("availabilityObjective"));
    runner.withPropertyValues("cloudtrade.monitoring.alerts.page.burn-rate=2000")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("could never fire"));
    runner.withPropertyValues("cloudtrade.monitoring.alerts.ticket.long-window=30m", "cloudtrade.monitoring.alerts.code.floor=0.2")
        .run(context -> {
          AlertEvaluator evaluator = context.getBean(AlertEvaluator.class);
          assertThat(evaluator.rules().ticket().longWindow()).isEqualTo(java.time.Duration.ofMinutes(30));
          assertThat(evaluator.rules().ticket().shortWindow()).isEqualTo(java.time.Duration.ofMinutes(5));
          assertThat(evaluator.rules().forCode("X").floor()).isEqualTo(0.2);
        });
  }

  @Test
  void faultInjectionIsOffByDefaultAndAppliesWhenEnabled() {
    runner.run(context -> {
      assertThat(context.getBean(FaultInjection.class).enabled()).isFalse();
      assertThat(context.getBean(RequestRecorder.class).faults().enabled()).isFalse();
    });
    runner.withPropertyValues("cloudtrade.monitoring.fault-injection.enabled=true",
            "cloudtrade.monitoring.fault-injection.rules={\"QuoteService.quote\": {\"errorPercent\": 100}}")
        .run(context -> assertThatThrownBy(() -> context.getBean(QuoteService.class).quote("ecs")).isInstanceOf(InjectedFault.class));
    runner.withPropertyValues("cloudtrade.monitoring.fault-injection.rules={\"QuoteService.quote\": {\"errorPercent\": 200}}")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("errorPercent"));
  }
}
