package io.cloudtrade.monitoringagent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class TraceContextTest {
  @AfterEach
  void clean() {
    assertThat(TraceContext.current()).as("a test left a span open").isNull();
    MDC.clear();
  }

  @Test
  void idsAreHexOfTheRightLength() {
    String trace = TraceIds.newTraceId();
    String span = TraceIds.newSpanId();
    assertThat(trace).matches("[0-9a-f]{32}");
    assertThat(span).matches("[0-9a-f]{16}");
    assertThat(TraceIds.newTraceId()).isNotEqualTo(trace);
    assertThat(TraceIds.isTraceId(trace)).isTrue();
    assertThat(TraceIds.isSpanId(span)).isTrue();
    assertThat(TraceIds.isTraceId("0".repeat(32))).isFalse();
    assertThat(TraceIds.isSpanId("ABCDEF0123456789")).isFalse();
    assertThat(TraceIds.isSpanId("x\"y")).isFalse();
  }

  @Test
  void theMdcCarriesTheIdsWhileASpanIsOpenAndIsClearedAfter() {
    assertThat(MDC.get("traceId")).isNull();
    try (TraceScope scope = TraceContext.startSpan()) {
      assertThat(TraceContext.current()).isSameAs(scope.span());
      assertThat(MDC.get("traceId")).isEqualTo(scope.span().traceId());
      assertThat(MDC.get("spanId")).isEqualTo(scope.span().spanId());
      assertThat(scope.span().parentSpanId()).isNull();
    }
    assertThat(TraceContext.current()).isNull();
    assertThat(MDC.get("traceId")).isNull();
    assertThat(MDC.get("spanId")).isNull();
  }

  @Test
  void nestedSpansShareTheTraceAndPointToTheirParent() {
    try (TraceScope outer = TraceContext.startSpan()) {
      try (TraceScope inner = TraceContext.startSpan()) {
        assertThat(inner.span().traceId()).isEqualTo(outer.span().traceId());
        assertThat(inner.span().parentSpanId()).isEqualTo(outer.span().spanId());
        assertThat(inner.span().spanId()).isNotEqualTo(outer.span().spanId());
        assertThat(MDC.get("spanId")).isEqualTo(inner.span().spanId());
        try (TraceScope innermost = TraceContext.startSpan()) {
          assertThat(innermost.span().parentSpanId()).isEqualTo(inner.span().spanId());
        }
      }
      assertThat(TraceContext.current()).isSameAs(outer.span());
      assertThat(MDC.get("spanId")).isEqualTo(outer.span().spanId());
    }
  }

  @Test
  void aRemoteParentIsContinuedAndBadIdsAreNotTrusted() {
    String trace = TraceIds.newTraceId();
    String parent = TraceIds.newSpanId();
    try (TraceScope s = TraceContext.continueTrace(trace, parent)) {
      assertThat(s.span().traceId()).isEqualTo(trace);
      assertThat(s.span().parentSpanId()).isEqualTo(parent);
    }
    try (TraceScope s = TraceContext.continueTrace("\"},{\"injected", parent)) {
      assertThat(s.span().traceId()).isNotEqualTo("\"},{\"injected").matches("[0-9a-f]{32}");
      assertThat(s.span().parentSpanId()).isNull();
    }
    try (TraceScope s = TraceContext.continueTrace(trace, "bad")) {
      assertThat(s.span().traceId()).isEqualTo(trace);
      assertThat(s.span().parentSpanId()).isNull();
    }
  }

  @Test
  void anotherToolsMdcValuesArePutBackAndCloseIsIdempotent() {
    MDC.put("traceId", "from-elsewhere");
    TraceScope scope = TraceContext.startTrace();
    assertThat(MDC.get("traceId")).isEqualTo(scope.span().traceId());
    scope.close();
    scope.close();
    assertThat(MDC.get("traceId")).isEqualTo("from-elsewhere");
    assertThat(MDC.get("spanId")).isNull();
  }

  @Test
  void resumesASpanOnAnotherThreadUnchanged() throws Exception {
    try (TraceScope outer = TraceContext.startTrace()) {
      Span handedOver = TraceContext.current();
      Span[] seen = new Span[2];
      Thread worker = new Thread(() -> {
        try (TraceScope resumed = TraceContext.resume(handedOver)) {
          seen[0] = TraceContext.current();
        }
        seen[1] = TraceContext.current();
      });
      worker.start();
      worker.join();
      assertThat(seen[0]).isEqualTo(handedOver);
      assertThat(seen[1]).isNull();
    }
  }
}
