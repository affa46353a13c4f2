package io.cloudtrade.gateway.monitoring;

import io.cloudtrade.monitoringagent.RequestRecorder;
import io.cloudtrade.support.AlertPublisher;
import io.cloudtrade.support.Events;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.rocketmq.client.exception.MQClientException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The alerts of every server, as they publish them on {@value AlertPublisher#TOPIC}: those firing
 * now (by alert id; a resolved event removes one) and the last {@value #KEEP} events, newest first.
 * Kept in memory: a restarted gateway sees the alerts fired or re-announced after it started (every
 * server re-announces a firing alert periodically, and each server's own view is its
 * {@code GET /alerts}).
 */
@Component
public class AlertBoard implements DisposableBean {
  static final int KEEP = 200;

  private final Events events;
  private final Map<String, Map<String, Object>> firing = new LinkedHashMap<>();
  private final Deque<Map<String, Object>> recent = new ArrayDeque<>();

  /**
   * Each gateway subscribes in a consumer group of its own ({@code gateway-alerts-<node id>}): with
   * several gateways every one sees every alert, instead of sharing them out.
   */
  public AlertBoard(@Value("${cloudtrade.rocketmq}") String nameServer, @Value("${cloudtrade.node-id}") long nodeId,
      ObjectProvider<RequestRecorder> recorder) throws MQClientException {
    this.events = new Events(nameServer, "gateway-alerts-" + nodeId, recorder.getIfUnique(RequestRecorder::standalone));
    @SuppressWarnings("unchecked")
    Class<Map<String, Object>> type = (Class<Map<String, Object>>) (Class<?>) Map.class;
    events.subscribe("board", AlertPublisher.TOPIC, "*", type, this::accept);
  }

  synchronized void accept(Map<String, Object> event) {
    Object id = event.get("id");
    if (id == null) {
      return;
    }
    if ("resolved".equals(event.get("event"))) {
      firing.remove(id.toString());
    } else {
      firing.put(id.toString(), event);
    }
    recent.addFirst(event);
    while (recent.size() > KEEP) {
      recent.removeLast();
    }
  }

  /** Firing alerts, oldest first. */
  public synchronized List<Map<String, Object>> firing() {
    return new ArrayList<>(firing.values());
  }

  /** The latest alert events (fired, re-announced, resolved), newest first. */
  public synchronized List<Map<String, Object>> recent() {
    return new ArrayList<>(recent);
  }

  @Override
  public void destroy() {
    events.destroy();
  }
}
