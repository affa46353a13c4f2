package io.cloudtrade.support;

import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import org.apache.rocketmq.client.exception.MQClientException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every server may use; import it with {@code @Import(PlatformConfiguration.class)}. */
@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {
  @Bean
  @ConditionalOnMissingBean
  public Events events(
      @Value("${cloudtrade.rocketmq}") String nameServer, @Value("${cloudtrade.service.name}") String serviceName,
      ObjectProvider<RequestRecorder> recorder) throws MQClientException {
    return new Events(nameServer, serviceName, recorder.getIfUnique(RequestRecorder::standalone));
  }

  /** The Dubbo-only servers' HTTP endpoint for Prometheus and operators, when a port is configured. */
  @Bean
  @ConditionalOnProperty("cloudtrade.management.port")
  public ManagementEndpoint managementEndpoint(@Value("${cloudtrade.management.address:127.0.0.1}") String address,
      @Value("${cloudtrade.management.port}") int port, ObjectProvider<PrometheusMeterRegistry> registry,
      @Value("${cloudtrade.service.name}") String serviceName) throws IOException {
    return new ManagementEndpoint(address, port, registry.getIfAvailable(), serviceName);
  }

  @Bean
  @ConditionalOnMissingBean
  public IdGenerator idGenerator(@Value("${cloudtrade.node-id}") long nodeId) {
    return new IdGenerator(nodeId);
  }
}
