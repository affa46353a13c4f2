package io.cloudtrade.monitoringagent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where request-log lines go; {@link #slf4j()} in production. */
public interface RequestLogSink {
  /** Asked before each line is formatted: a disabled sink costs no formatting. */
  boolean isEnabled();

  void write(String line);

  /** The logger {@value RequestLog#LOGGER_NAME} at INFO. */
  static RequestLogSink slf4j() {
    return slf4j(LoggerFactory.getLogger(RequestLog.LOGGER_NAME));
  }

  /** A logger at INFO: enabled while the logger is. */
  static RequestLogSink slf4j(Logger logger) {
    return new RequestLogSink() {
      @Override
      public boolean isEnabled() {
        return logger.isInfoEnabled();
      }

      @Override
      public void write(String line) {
        logger.info(line);
      }
    };
  }

  /** No line at all (metrics only). */
  RequestLogSink DISABLED =
      new RequestLogSink() {
        @Override
        public boolean isEnabled() {
          return false;
        }

        @Override
        public void write(String line) {}
      };
}
