package io.cloudtrade.monitoringagent.alerts;

import java.util.Collection;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where alert events go. Called on the evaluator's thread, one event at a time: keep it quick (hand
 * slow work over to another thread). The starter registers {@link LoggingAlertSink}; every other
 * {@code AlertSink} bean of the context gets the events too.
 */
public interface AlertSink {
  /**
   * An alert started firing, or (when {@link Alert#notifications()} is above 1) is still firing after
   * the re-notify interval.
   */
  void fired(Alert alert);

  /** An alert's condition has been false for the resolve delay: it is over. */
  void resolved(Alert alert);

  /** Hands every event to each sink {@code sinks} supplies (asked per event); one failing sink does not stop the others. */
  static AlertSink all(Supplier<? extends Collection<AlertSink>> sinks) {
    Logger log = LoggerFactory.getLogger(AlertSink.class);
    return new AlertSink() {
      @Override
      public void fired(Alert alert) {
        for (AlertSink s : sinks.get()) {
          try {
            s.fired(alert);
          } catch (RuntimeException e) {
            log.warn("alert sink {} failed on {}: {}", s.getClass().getName(), alert.id(), e.toString());
          }
        }
      }

      @Override
      public void resolved(Alert alert) {
        for (AlertSink s : sinks.get()) {
          try {
            s.resolved(alert);
          } catch (RuntimeException e) {
            log.warn("alert sink {} failed on {}: {}", s.getClass().getName(), alert.id(), e.toString());
          }
        }
      }
    };
  }

  /** No sink. */
  AlertSink NONE =
      new AlertSink() {
        @Override
        public void fired(Alert alert) {}

        @Override
        public void resolved(Alert alert) {}
      };
}
