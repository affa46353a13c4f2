package io.cloudtrade.monitoringagent;

import static io.cloudtrade.monitoringagent.Fixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import io.cloudtrade.kernel.Outcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Self latency and the downstream cause of a failure, as the recorder works them out from a span's record. */
class DownstreamTest {
  private static final Classification ERROR = new Classification(RequestOutcome.ERROR, "IllegalStateException");
  private final RequestRecorder recorder =
      new RequestRecorder(MonitoringProperties.defaults(), new SimpleMeterRegistry(), RequestLogSink.slf4j());
  private final RequestMetrics.Operation op = recorder.operation("OrderService", "placeOrder");
  private final LogCapture log = new LogCapture();

  @AfterEach
  void release() {
    log.close();
  }

  /** Records a call of the order service in a span whose outgoing calls {@code setUp} notes. */
  private DocumentContext record(java.util.function.Consumer<Downstream> setUp, Object result, Throwable error) {
    try (TraceScope scope = TraceContext.startSpan()) {
      setUp.accept(scope.span().downstream());
      recorder.record(op, CallKind.SERVER, scope.span(), 0, 500_000_000L, new Object[] {anOrder()}, null, result, error);
    }
    return log.lines().get(log.lines().size() - 1);
  }

  @Test
  void selfLatencyIsTheLatencyLessTheDownstreamTimeNeverBelowZero() {
    DocumentContext line = record(d -> d.completed(420_000_000L), Outcome.ok(null), null);
    assertThat(line.read("$.latencyMicros", Long.class)).isEqualTo(500_000L);
    assertThat(line.read("$.selfMicros", Long.class)).isEqualTo(80_000L);
    assertThat((Object) line.read("$.cause")).isNull();

    // two parallel calls of 300 ms each in a 500 ms call
    DocumentContext parallel = record(d -> {
      d.completed(300_000_000L);
      d.completed(300_000_000L);
    }, Outcome.ok(null), null);
    assertThat(parallel.read("$.selfMicros", Long.class)).isZero();
  }

  @Test
  void aCallWithoutOutgoingCallsIsAllSelfAndItsErrorsItsOwn() {
    DocumentContext line = record(d -> {}, null, new IllegalStateException("mine"));
    assertThat(line.read("$.selfMicros", Long.class)).isEqualTo(500_000L);
    assertThat((Object) line.read("$.cause")).isNull();
  }

  @Test
  void anErrorThatIsTheDownstreamExceptionSurfacingIsCausedDownstream() {
    IllegalStateException fromPayment = new IllegalStateException("payment down");
    DocumentContext same = record(d -> d.failed("PaymentService.pay", ERROR, fromPayment), null, fromPayment);
    assertThat(same.read("$.outcome", String.class)).isEqualTo("ERROR");
    assertThat(same.read("$.cause", String.class)).isEqualTo("PaymentService.pay");

    // wrapped by the caller: still the payment's
    DocumentContext wrapped = record(d -> d.failed("PaymentService.pay", ERROR, fromPayment), null,
        new RuntimeException("could not pay", fromPayment));
    assertThat(wrapped.read("$.cause", String.class)).isEqualTo("PaymentService.pay");
  }

  @Test
  void anOwnErrorAfterAFailedDownstreamCallThatWasHandledIsOwn() {
    IllegalStateException fromPayment = new IllegalStateException("payment down");
    DocumentContext line = record(d -> d.failed("PaymentService.pay", ERROR, fromPayment), null,
        new NullPointerException("a bug of ours"));
    assertThat((Object) line.read("$.cause")).isNull();
  }

  @Test
  void aRejectionWithTheCodeOfADownstreamRejectionIsPassedThroughAnotherCodeIsOwn() {
    Classification insufficient = new Classification(RequestOutcome.REJECTED, "InsufficientBalance");
    DocumentContext passed = record(d -> d.failed("AccountService.debit", insufficient, null),
        Outcome.rejected("InsufficientBalance", "no money"), null);
    assertThat(passed.read("$.cause", String.class)).isEqualTo("AccountService.debit");

    DocumentContext own = record(d -> d.failed("AccountService.debit", insufficient, null),
        Outcome.rejected("OrderNotPayable", "too late"), null);
    assertThat((Object) own.read("$.cause")).isNull();
  }

  @Test
  void aCallJudgedWithoutAnExceptionIsCausedByAFailedDownstreamCall() {
    // the gateway judges by HTTP status: a 500 after the order service failed is the order service's
    try (TraceScope scope = TraceContext.startSpan()) {
      scope.span().downstream().failed("OrderService.placeOrder", ERROR, new IllegalStateException());
      recorder.record(recorder.operation("Gateway", "OpenApi.CreateInstance"), CallKind.SERVER, scope.span(), 0, 1_000_000L,
          new FieldValues(), new Classification(RequestOutcome.ERROR, "HTTP_500"));
    }
    assertThat(log.single().read("$.cause", String.class)).isEqualTo("OrderService.placeOrder");
  }

  @Test
  void aSuccessHasNoCauseAndOnlyTheFirstFailuresAreKept() {
    Downstream d = new Downstream();
    for (int i = 0; i < 20; i++) {
      d.failed("S.op" + i, new Classification(RequestOutcome.REJECTED, "C" + i), null);
    }
    assertThat(d.causeOf(Classification.SUCCESS, null)).isNull();
    assertThat(d.causeOf(new Classification(RequestOutcome.REJECTED, "C0"), null)).isEqualTo("S.op0");
    assertThat(d.causeOf(new Classification(RequestOutcome.REJECTED, "C19"), null)).isNull();
    d.failed("S.ok", Classification.SUCCESS, null); // ignored
    assertThat(List.of(d.anyFailed())).containsExactly(true);
  }
}
