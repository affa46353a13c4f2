package io.cloudtrade.monitoringagent.spring;

import io.cloudtrade.monitoringagent.MonitoringProperties;
import io.cloudtrade.monitoringagent.RequestLogSink;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.cloudtrade.monitoringagent.alerts.AlertEvaluator;
import io.cloudtrade.monitoringagent.alerts.AlertProperties;
import io.cloudtrade.monitoringagent.alerts.AlertSink;
import io.cloudtrade.monitoringagent.alerts.LoggingAlertSink;
import io.cloudtrade.monitoringagent.faults.FaultInjection;
import io.cloudtrade.monitoringagent.faults.FaultInjectionProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/**
 * The starter: a {@link RequestRecorder} on the application's {@link MeterRegistry} (Micrometer's
 * global registry when there is none) and the logger {@code cloudtrade.requests}, and, unless {@code
 * cloudtrade.monitoring.enabled=false}, the advisor that proxies {@code @Monitored} beans (Boot's
 * {@link AopAutoConfiguration} applies it). The Dubbo filter finds the recorder in the context by
 * itself.
 *
 * <p>Alerts (unless {@code cloudtrade.monitoring.alerts.enabled=false}): an {@link AlertEvaluator} the
 * recorder counts every call in, evaluated every {@code evaluation-interval} on a daemon thread ({@link
 * AlertEvaluationSchedule}); its events go to every {@link AlertSink} bean, the default one being
 * {@link LoggingAlertSink} (logger {@code cloudtrade.alerts}, counter {@code cloudtrade.alerts}); the
 * actuator endpoint {@code alerts} when the actuator is on the classpath. Fault injection ({@link
 * FaultInjection}): a bean, disabled unless {@code cloudtrade.monitoring.fault-injection.enabled=true}.
 */
@AutoConfiguration(
    after = AopAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration"
    })
@EnableConfigurationProperties({MonitoringProperties.class, AlertProperties.class, FaultInjectionProperties.class})
public class MonitoringAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public RequestRecorder requestRecorder(MonitoringProperties properties, ObjectProvider<MeterRegistry> registry,
      ObjectProvider<AlertEvaluator> alerts, ObjectProvider<FaultInjection> faults) {
    return new RequestRecorder(properties, registry.getIfUnique(() -> Metrics.globalRegistry), RequestLogSink.slf4j(),
        alerts.getIfUnique(), faults.getIfUnique(FaultInjection::disabled));
  }

  @Bean
  @ConditionalOnMissingBean
  public FaultInjection faultInjection(FaultInjectionProperties properties) {
    return properties.toFaultInjection();
  }

  /** Static, and lazy about the recorder: the advisor is made with the bean post-processors. */
  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  @ConditionalOnProperty(prefix = "cloudtrade.monitoring", name = "enabled", havingValue = "true", matchIfMissing = true)
  public static MonitoredAdvisor monitoredAdvisor(ObjectProvider<RequestRecorder> recorder) {
    return new MonitoredAdvisor(recorder::getObject);
  }

  /** The built-in alert evaluator, its schedule and its default sink. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "cloudtrade.monitoring.alerts", name = "enabled", havingValue = "true", matchIfMissing = true)
  public static class Alerts {
    @Bean
    @ConditionalOnMissingBean
    public AlertEvaluator alertEvaluator(AlertProperties properties, ObjectProvider<AlertSink> sinks) {
      return new AlertEvaluator(properties, AlertSink.all(() -> sinks.orderedStream().toList()));
    }

    @Bean
    @ConditionalOnMissingBean
    public LoggingAlertSink loggingAlertSink(ObjectProvider<MeterRegistry> registry) {
      return new LoggingAlertSink(registry.getIfUnique(() -> Metrics.globalRegistry));
    }

    @Bean
    @ConditionalOnMissingBean
    public AlertEvaluationSchedule alertEvaluationSchedule(AlertEvaluator evaluator, AlertProperties properties) {
      return new AlertEvaluationSchedule(evaluator, properties.evaluationInterval(), Clock.systemUTC());
    }

    /** {@code /actuator/alerts}, with the actuator only. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    public static class AlertsEndpointConfiguration {
      @Bean
      @ConditionalOnMissingBean
      public AlertsEndpoint alertsEndpoint(AlertEvaluator evaluator) {
        return new AlertsEndpoint(evaluator);
      }
    }
  }
}
