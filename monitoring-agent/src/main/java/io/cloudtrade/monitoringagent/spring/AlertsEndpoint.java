package io.cloudtrade.monitoringagent.spring;

import io.cloudtrade.monitoringagent.alerts.Alert;
import io.cloudtrade.monitoringagent.alerts.AlertEvaluator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The actuator endpoint {@code alerts} ({@code /actuator/alerts} once exposed: {@code
 * management.endpoints.web.exposure.include=alerts,...}): the alerts firing now and those resolved
 * lately, as {@link Alert#toMap()}.
 */
@Endpoint(id = "alerts")
public class AlertsEndpoint {
  private final AlertEvaluator evaluator;

  public AlertsEndpoint(AlertEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  @ReadOperation
  public Map<String, Object> alerts() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("firing", evaluator.firing().stream().map(Alert::toMap).toList());
    m.put("recent", evaluator.recent().stream().map(Alert::toMap).toList());
    return m;
  }

  /** The firing alerts only. */
  public List<Alert> firing() {
    return evaluator.firing();
  }
}
