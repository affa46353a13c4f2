package io.cloudtrade.support;

import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.cloudtrade.monitoringagent.alerts.Alert;
import io.cloudtrade.monitoringagent.alerts.AlertEvaluator;
import io.cloudtrade.monitoringagent.faults.FaultInjection;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
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
      @Value("${cloudtrade.service.name}") String serviceName, ObjectProvider<AlertEvaluator> alerts) throws IOException {
    ManagementEndpoint endpoint = new ManagementEndpoint(address, port, registry.getIfAvailable(), serviceName);
    AlertEvaluator evaluator = alerts.getIfAvailable();
    if (evaluator != null) {
      endpoint.json("/alerts", () -> alertsJson(evaluator));
    }
    return endpoint;
  }

  /** The firing and lately resolved alerts of the server's evaluator, as {@code GET /alerts} answers them. */
  static String alertsJson(AlertEvaluator evaluator) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("firing", evaluator.firing().stream().map(Alert::toMap).toList());
    doc.put("recent", evaluator.recent().stream().map(Alert::toMap).toList());
    return new String(EventJson.write(doc), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The server's alerts to {@value AlertPublisher#TOPIC}, for the gateway's view of all alerts. */
  @Bean
  @ConditionalOnProperty(name = "cloudtrade.monitoring.alerts.publish", havingValue = "true", matchIfMissing = true)
  public AlertPublisher alertPublisher(ObjectProvider<Events> events, @Value("${cloudtrade.service.name}") String serviceName) {
    return new AlertPublisher(events, serviceName);
  }

  /** Alert rules and fault injection from ZooKeeper, changeable at run time. */
  @Bean
  @ConditionalOnProperty(name = "cloudtrade.monitoring.config-watch", havingValue = "true", matchIfMissing = true)
  public MonitoringConfigWatch monitoringConfigWatch(@Value("${cloudtrade.zookeeper}") String zookeeper,
      ObjectProvider<AlertEvaluator> evaluator, ObjectProvider<FaultInjection> faults) {
    return new MonitoringConfigWatch(zookeeper, evaluator.getIfAvailable(), faults.getIfAvailable());
  }

  @Bean
  @ConditionalOnMissingBean
  public IdGenerator idGenerator(@Value("${cloudtrade.node-id}") long nodeId) {
    return new IdGenerator(nodeId);
  }
}
