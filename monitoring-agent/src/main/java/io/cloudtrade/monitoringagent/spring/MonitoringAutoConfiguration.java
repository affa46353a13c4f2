package io.cloudtrade.monitoringagent.spring;

import io.cloudtrade.monitoringagent.MonitoringProperties;
import io.cloudtrade.monitoringagent.RequestLogSink;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;

/**
 * The starter: a {@link RequestRecorder} on the application's {@link MeterRegistry} (Micrometer's
 * global registry when there is none) and the logger {@code cloudtrade.requests}, and, unless {@code
 * cloudtrade.monitoring.enabled=false}, the advisor that proxies {@code @Monitored} beans (Boot's
 * {@link AopAutoConfiguration} applies it). The Dubbo filter finds the recorder in the context by
 * itself.
 */
@AutoConfiguration(
    after = AopAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration"
    })
@EnableConfigurationProperties(MonitoringProperties.class)
public class MonitoringAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public RequestRecorder requestRecorder(MonitoringProperties properties, ObjectProvider<MeterRegistry> registry) {
    return new RequestRecorder(properties, registry.getIfUnique(() -> Metrics.globalRegistry), RequestLogSink.slf4j());
  }

  /** Static, and lazy about the recorder: the advisor is made with the bean post-processors. */
  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  @ConditionalOnProperty(prefix = "cloudtrade.monitoring", name = "enabled", havingValue = "true", matchIfMissing = true)
  public static MonitoredAdvisor monitoredAdvisor(ObjectProvider<RequestRecorder> recorder) {
    return new MonitoredAdvisor(recorder::getObject);
  }
}
