package io.cloudtrade.monitoringagent.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingAlertSinkTest {
  static Alert anAlert(Alert.State state, int notifications) {
    Instant since = Instant.parse("2026-11-25T06:00:05Z");
    return new Alert("CODE_SURGE/page/PaymentService.pay/ChannelUnavailable@1795586405", AlertKind.CODE_SURGE, "page", state,
        "PaymentService", "pay", "PaymentService.pay", "ecs", List.of("ecs"), "ChannelUnavailable", since, since,
        state == Alert.State.RESOLVED ? since.plusSeconds(300) : null, notifications,
        Map.of("window", Duration.ofMinutes(1), "ratio", 0.3),
        List.of(new Alert.Sample(since, "r-1", "4bf92f3577b34da6a3ce929d0e0e4736")),
        new Alert.Impact(12, 7, true, 5, true, Map.of("CNY", new BigDecimal("361.00")), true, 3), "ChannelUnavailable surging");
  }

  @Test
  void oneGreppableJsonLinePerEventAndACounter() {
    Logger logger = (Logger) LoggerFactory.getLogger(LoggingAlertSink.LOGGER_NAME);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      LoggingAlertSink sink = new LoggingAlertSink(registry);
      sink.fired(anAlert(Alert.State.FIRING, 1));
      sink.fired(anAlert(Alert.State.FIRING, 2));
      sink.resolved(anAlert(Alert.State.RESOLVED, 2));

      List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
      assertThat(lines).hasSize(3);
      assertThat(lines.get(0)).startsWith("ALERT {");
      assertThat(lines.get(2)).startsWith("RESOLVED {");
      DocumentContext json = JsonPath.parse(lines.get(0).substring("ALERT ".length()));
      assertThat(json.read("$.link", String.class)).isEqualTo("PaymentService.pay");
      assertThat(json.read("$.code", String.class)).isEqualTo("ChannelUnavailable");
      assertThat(json.read("$.howBad.window", String.class)).isEqualTo("1m");
      assertThat(json.read("$.impact.amounts.CNY", String.class)).isEqualTo("361.00");
      assertThat(json.read("$.samples[0].traceId", String.class)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
      assertThat(JsonPath.parse(lines.get(2).substring("RESOLVED ".length())).read("$.resolvedAt", String.class))
          .isEqualTo("2026-11-25T06:05:05Z");
      for (String event : List.of("fired", "renotified", "resolved")) {
        assertThat(registry.get(LoggingAlertSink.COUNTER).tags("kind", "CODE_SURGE", "severity", "page", "event", event)
            .counter().count()).isEqualTo(1);
      }
    } finally {
      logger.detachAppender(appender);
    }
  }
}
