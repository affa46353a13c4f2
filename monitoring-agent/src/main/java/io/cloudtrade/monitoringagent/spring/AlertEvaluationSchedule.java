package io.cloudtrade.monitoringagent.spring;

import io.cloudtrade.monitoringagent.alerts.AlertEvaluator;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Evaluates the alerts every interval on a daemon thread ({@code cloudtrade-alerts}) while the context runs. */
public final class AlertEvaluationSchedule implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(AlertEvaluationSchedule.class);

  private final AlertEvaluator evaluator;
  private final Duration interval;
  private final Clock clock;
  private ScheduledExecutorService executor;

  public AlertEvaluationSchedule(AlertEvaluator evaluator, Duration interval, Clock clock) {
    this.evaluator = evaluator;
    this.interval = interval;
    this.clock = clock;
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "cloudtrade-alerts");
      t.setDaemon(true);
      return t;
    });
    long millis = interval.toMillis();
    executor.scheduleAtFixedRate(this::evaluate, millis, millis, TimeUnit.MILLISECONDS);
  }

  private void evaluate() {
    try {
      evaluator.evaluate(clock.instant());
    } catch (RuntimeException | LinkageError e) {
      log.warn("alert evaluation failed: {}", e.toString(), e); // and the next one runs all the same
    }
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
