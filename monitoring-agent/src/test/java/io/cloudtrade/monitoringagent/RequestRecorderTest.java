package io.cloudtrade.monitoringagent;

import static io.cloudtrade.monitoringagent.Fixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.jayway.jsonpath.DocumentContext;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.monitoringagent.Fixtures.OrderPlaced;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestRecorderTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final RequestRecorder recorder = new RequestRecorder(MonitoringProperties.defaults(), registry, RequestLogSink.slf4j());
  private final RequestMetrics.Operation op = recorder.operation("OrderService", "placeOrder");
  private LogCapture log;

  @BeforeEach
  void capture() {
    log = new LogCapture();
  }

  @AfterEach
  void release() {
    log.close();
  }

  @Test
  void writesOneLineWithTheSpanOutcomeLatencyAndFields() {
    Span span;
    try (TraceScope scope = TraceContext.startSpan()) {
      span = scope.span();
      recorder.record(op, CallKind.INTERNAL, span, Instant.parse("2026-11-25T06:00:00.123Z").toEpochMilli(), 2_345_678,
          new Object[] {anOrder()}, null, Outcome.ok(new OrderPlaced(555L, "n")), null);
    }
    DocumentContext line = log.single();
    assertThat(line.read("$.ts", String.class)).isEqualTo("2026-11-25T06:00:00.123Z");
    assertThat(line.read("$.traceId", String.class)).isEqualTo(span.traceId());
    assertThat(line.read("$.spanId", String.class)).isEqualTo(span.spanId());
    assertThat(line.read("$.service", String.class)).isEqualTo("OrderService");
    assertThat(line.read("$.operation", String.class)).isEqualTo("placeOrder");
    assertThat(line.read("$.outcome", String.class)).isEqualTo("SUCCESS");
    assertThat(line.read("$.latencyMicros", Long.class)).isEqualTo(2345L);
    assertThat(line.read("$.kind", String.class)).isEqualTo("internal");
    assertThat(line.read("$.fields", Map.class)).containsExactly(
        Map.entry("requestId", "r-42"), Map.entry("accountId", "1001"), Map.entry("productCode", "ecs"),
        Map.entry("orderType", "NEW"), Map.entry("amount", "361.00 CNY"), Map.entry("orderId", "555"));
    // the line was written while the span was current: it carries the MDC too
    ILoggingEvent event = log.events().get(0);
    assertThat(event.getMDCPropertyMap()).containsEntry("traceId", span.traceId());

    assertThat(registry.get(RequestMetrics.TIMER).tags("outcome", "SUCCESS", "product", "ecs", "code", "none").timer().count()).isEqualTo(1);
    assertThat(registry.find(RequestMetrics.TIMER).tagKeys("accountId").timer()).isNull();
  }

  @Test
  void aRejectionIsLoggedWithItsCodeAndCountedAsRejectedNeverAsError() {
    recorder.record(op, CallKind.SERVER, null, 0, 1000, new Object[] {anOrder()}, null,
        Outcome.rejected("InsufficientBalance", "no money"), null);
    DocumentContext line = log.single();
    assertThat(line.read("$.outcome", String.class)).isEqualTo("REJECTED");
    assertThat(line.read("$.code", String.class)).isEqualTo("InsufficientBalance");
    assertThat(registry.get(RequestMetrics.TIMER).tags("outcome", "REJECTED", "code", "InsufficientBalance").timer().count()).isEqualTo(1);
    assertThat(registry.find(RequestMetrics.TIMER).tags("outcome", "ERROR").timer()).isNull();
  }

  @Test
  void anExceptionIsAnErrorWithItsClassName() {
    recorder.record(op, CallKind.INTERNAL, null, 0, 1000, new Object[] {anOrder(), "plain"}, null, null, new NullPointerException());
    DocumentContext line = log.single();
    assertThat(line.read("$.outcome", String.class)).isEqualTo("ERROR");
    assertThat(line.read("$.code", String.class)).isEqualTo("NullPointerException");
    assertThat(registry.get(RequestMetrics.TIMER).tags("outcome", "ERROR", "code", "NullPointerException").timer().count()).isEqualTo(1);
  }

  @Test
  void parameterKeysNameWholeArguments() {
    recorder.record(op, CallKind.INTERNAL, null, 0, 1000, new Object[] {1001L, "rds", null}, new String[] {"accountId", "productCode", null},
        null, null);
    assertThat(log.single().read("$.fields", Map.class)).containsExactly(Map.entry("accountId", "1001"), Map.entry("productCode", "rds"));
    assertThat(registry.get(RequestMetrics.TIMER).tags("product", "rds").timer().count()).isEqualTo(1);
  }

  @Test
  void withTheRequestLogOffOnlyTheMetricIsRecorded() {
    MonitoringProperties props = new MonitoringProperties(true, new MonitoringProperties.RequestLogProperties(false, 256), 50, 100, List.of());
    RequestRecorder quiet = new RequestRecorder(props, registry, RequestLogSink.slf4j());
    quiet.record(quiet.operation("OrderService", "placeOrder"), CallKind.INTERNAL, null, 0, 1000, new Object[] {anOrder()}, null, null, null);
    assertThat(log.events()).isEmpty();
    assertThat(registry.get(RequestMetrics.TIMER).tags("product", "ecs").timer().count()).isEqualTo(1);
  }
}
