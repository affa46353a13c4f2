package io.cloudtrade.monitoringagent;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures the lines of the request log (a logback ListAppender); close it after the test. */
public final class LogCapture implements AutoCloseable {
  private final Logger logger = (Logger) LoggerFactory.getLogger(RequestLog.LOGGER_NAME);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Level levelBefore = logger.getLevel();

  public LogCapture() {
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.INFO);
  }

  public synchronized List<ILoggingEvent> events() {
    synchronized (appender.list) {
      return List.copyOf(appender.list);
    }
  }

  public List<DocumentContext> lines() {
    return events().stream().map(e -> JsonPath.parse(e.getFormattedMessage())).toList();
  }

  public DocumentContext single() {
    List<DocumentContext> lines = lines();
    if (lines.size() != 1) {
      throw new AssertionError("expected one request-log line, got " + events().stream().map(ILoggingEvent::getFormattedMessage).toList());
    }
    return lines.get(0);
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(levelBefore);
  }
}
