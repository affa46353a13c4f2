package io.cloudtrade.support;

import io.cloudtrade.monitoringagent.alerts.Alert;
import io.cloudtrade.monitoringagent.alerts.AlertSink;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Sends the server's alerts (fired, re-announced, resolved) to {@value #TOPIC}, where the gateway
 * collects the alerts of every server for operators ({@code GET /admin/api/alerts}). The event is
 * the alert's map plus {@code event} (fired / resolved) and {@code source} (the server's name); the
 * tag is the event, the key the alert id. Sending happens on a thread of its own with a bounded
 * queue, so a broker that is away never holds up the evaluation (the alert is in the log anyway).
 */
public class AlertPublisher implements AlertSink, DisposableBean {
  public static final String TOPIC = "CT_ALERTS";

  private static final Logger log = LoggerFactory.getLogger(AlertPublisher.class);

  private final ObjectProvider<Events> events;
  private final String source;
  private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(256), r -> {
        Thread t = new Thread(r, "alert-publisher");
        t.setDaemon(true);
        return t;
      });

  /** @param events resolved when the first alert is sent (Events itself records through the agent) */
  public AlertPublisher(ObjectProvider<Events> events, String source) {
    this.events = events;
    this.source = source;
  }

  @Override
  public void fired(Alert alert) {
    send("fired", alert);
  }

  @Override
  public void resolved(Alert alert) {
    send("resolved", alert);
  }

  private void send(String event, Alert alert) {
    Map<String, Object> payload = new LinkedHashMap<>(alert.toMap());
    payload.put("event", event);
    payload.put("source", source);
    try {
      sender.execute(() -> {
        try {
          events.getObject().publish(TOPIC, event, alert.id(), payload);
        } catch (RuntimeException e) {
          log.warn("alert {} ({}) not sent to {}: {}", alert.id(), event, TOPIC, e.toString());
        }
      });
    } catch (RejectedExecutionException full) {
      log.warn("alert {} ({}) not sent to {}: too many alerts waiting", alert.id(), event, TOPIC);
    }
  }

  @Override
  public void destroy() {
    sender.shutdownNow();
  }
}
