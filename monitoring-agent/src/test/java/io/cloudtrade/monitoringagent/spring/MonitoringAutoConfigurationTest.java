package io.cloudtrade.monitoringagent.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.monitoringagent.Monitored;
import io.cloudtrade.monitoringagent.RequestMetrics;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
}
