package io.cloudtrade.monitoringagent.spring;

import io.cloudtrade.kernel.BusinessField;
import static io.cloudtrade.monitoringagent.Fixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.DocumentContext;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.monitoringagent.Fixtures.OrderPlaced;
import io.cloudtrade.monitoringagent.Fixtures.OrderService;
import io.cloudtrade.monitoringagent.Fixtures.PlaceOrder;
import io.cloudtrade.monitoringagent.LogCapture;
import io.cloudtrade.monitoringagent.Monitored;
import io.cloudtrade.monitoringagent.MonitoringProperties;
import io.cloudtrade.monitoringagent.RequestLogSink;
import io.cloudtrade.monitoringagent.RequestMetrics;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.cloudtrade.monitoringagent.ServerCall;
import io.cloudtrade.monitoringagent.Span;
import io.cloudtrade.monitoringagent.TraceContext;
import io.cloudtrade.monitoringagent.TraceScope;
import io.cloudtrade.monitoringagent.faults.FaultInjection;
import io.cloudtrade.monitoringagent.faults.FaultRules;
import io.cloudtrade.monitoringagent.faults.InjectedFault;
import io.cloudtrade.monitoringagent.faults.InjectedRejection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;

class MonitoredInterceptorTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final RequestRecorder recorder = new RequestRecorder(MonitoringProperties.defaults(), registry, RequestLogSink.slf4j());
  private final LogCapture log = new LogCapture();

  @AfterEach
  void release() {
    log.close();
    assertThat(TraceContext.current()).isNull();
    assertThat(MDC.get("traceId")).isNull();
  }

  /** What the service saw while it ran. */
  static final class Seen {
    final List<Span> spans = new ArrayList<>();
    final List<String> mdcTraceIds = new ArrayList<>();

    void now() {
      spans.add(TraceContext.current());
      mdcTraceIds.add(MDC.get("traceId"));
    }
  }

  @Monitored
  static class PlaceOrders implements OrderService {
    final Seen seen = new Seen();
    Accounts accounts;

    @Override
    public Outcome<OrderPlaced> placeOrder(PlaceOrder request) {
      seen.now();
      if (accounts != null) {
        accounts.check(1001L, "ecs");
      }
      return Outcome.ok(new OrderPlaced(9L, "ok"));
    }

    public Outcome<OrderPlaced> failing(PlaceOrder request) {
      throw new IllegalStateException("db down");
    }

    public CompletableFuture<String> later(CompletableFuture<String> f) {
      return f;
    }
  }

  public interface AccountService {
    void check(long accountId, String productCode);
  }

  static class Accounts implements AccountService {
    final Seen seen = new Seen();

    @Override
    @Monitored(service = "Accounts", operation = "checkAccount")
    public void check(@BusinessField("accountId") long accountId, @BusinessField String productCode) {
      seen.now();
    }

    public void notMonitored() {}
  }

  static class FailingAccounts extends Accounts {
    @Override
    @Monitored(service = "Accounts", operation = "checkAccount")
    public void check(@BusinessField("accountId") long accountId, @BusinessField String productCode) {
      throw new IllegalStateException("accounts db down");
    }
  }

  private <T> T proxy(T target) {
    return proxy(target, recorder);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(T target, RequestRecorder recorder) {
    ProxyFactory pf = new ProxyFactory(target);
    pf.setProxyTargetClass(true);
    pf.addAdvisor(new MonitoredAdvisor(() -> recorder));
    return (T) pf.getProxy();
  }

  @Test
  void aMonitoredCallRunsInItsOwnSpanWithTheMdcAndIsRecordedOnce() {
    PlaceOrders target = new PlaceOrders();
    PlaceOrders service = proxy(target);
    assertThat(service.placeOrder(anOrder()).isOk()).isTrue();

    Span seen = target.seen.spans.get(0);
    assertThat(seen).isNotNull();
    assertThat(target.seen.mdcTraceIds.get(0)).isEqualTo(seen.traceId());
    DocumentContext line = log.single();
    assertThat(line.read("$.service", String.class)).isEqualTo("OrderService"); // the declaring interface
    assertThat(line.read("$.operation", String.class)).isEqualTo("placeOrder");
    assertThat(line.read("$.spanId", String.class)).isEqualTo(seen.spanId());
    assertThat(line.read("$.kind", String.class)).isEqualTo("internal");
    assertThat(line.read("$.fields.orderId", String.class)).isEqualTo("9");
    assertThat(registry.get(RequestMetrics.TIMER).tags("service", "OrderService", "operation", "placeOrder", "outcome", "SUCCESS").timer().count())
        .isEqualTo(1);
  }

  @Test
  void nestedCallsAreChildSpansOfTheSameTraceAndNamesAndParameterKeysApply() {
    PlaceOrders target = new PlaceOrders();
    Accounts accountsTarget = new Accounts();
    target.accounts = proxy(accountsTarget);
    PlaceOrders service = proxy(target);

    try (TraceScope outer = TraceContext.startSpan()) {
      service.placeOrder(anOrder());
      Span order = target.seen.spans.get(0);
      Span account = accountsTarget.seen.spans.get(0);
      assertThat(order.traceId()).isEqualTo(outer.span().traceId());
      assertThat(order.parentSpanId()).isEqualTo(outer.span().spanId());
      assertThat(account.traceId()).isEqualTo(outer.span().traceId());
      assertThat(account.parentSpanId()).isEqualTo(order.spanId());
    }
    List<DocumentContext> lines = log.lines();
    assertThat(lines).hasSize(2);
    DocumentContext inner = lines.get(0); // the inner call ends first
    assertThat(inner.read("$.service", String.class)).isEqualTo("Accounts");
    assertThat(inner.read("$.operation", String.class)).isEqualTo("checkAccount");
    assertThat(inner.read("$.fields", Map.class)).containsExactly(Map.entry("accountId", "1001"), Map.entry("productCode", "ecs"));
    assertThat(registry.get(RequestMetrics.TIMER).tags("service", "Accounts", "product", "ecs").timer().count()).isEqualTo(1);
  }

  @Test
  void anExceptionIsRethrownUnchangedAndRecordedAsAnError() {
    PlaceOrders service = proxy(new PlaceOrders());
    assertThatThrownBy(() -> service.failing(anOrder())).isInstanceOf(IllegalStateException.class).hasMessage("db down");
    DocumentContext line = log.single();
    assertThat(line.read("$.outcome", String.class)).isEqualTo("ERROR");
    assertThat(line.read("$.code", String.class)).isEqualTo("IllegalStateException");
    assertThat(line.read("$.service", String.class)).isEqualTo("PlaceOrders"); // no interface declares it
  }

  @Test
  void methodsOutsideTheAnnotationAreNotProxiedOrRecorded() throws Exception {
    Accounts accounts = proxy(new Accounts());
    accounts.notMonitored();
    accounts.toString();
    assertThat(log.events()).isEmpty();
    MonitoredPointcut pointcut = new MonitoredPointcut();
    assertThat(pointcut.matches(Accounts.class.getMethod("notMonitored"), Accounts.class)).isFalse();
    assertThat(pointcut.matches(Accounts.class.getMethod("check", long.class, String.class), Accounts.class)).isTrue();
    assertThat(pointcut.matches(Object.class.getMethod("hashCode"), PlaceOrders.class)).isFalse();
    assertThat(AopUtils.isAopProxy(accounts)).isTrue();
  }

  @Test
  void aStageIsRecordedWhenItCompletes() {
    PlaceOrders service = proxy(new PlaceOrders());
    CompletableFuture<String> future = new CompletableFuture<>();
    service.later(future);
    assertThat(log.events()).isEmpty();
    future.completeExceptionally(new IllegalArgumentException());
    assertThat(log.single().read("$.code", String.class)).isEqualTo("IllegalArgumentException");
  }

  @Test
  void theProviderMethodOfADubboCallIsRecordedAsTheServerSpanOnce() {
    PlaceOrders target = new PlaceOrders();
    Accounts accountsTarget = new Accounts();
    target.accounts = proxy(accountsTarget);
    PlaceOrders service = proxy(target);
    try (TraceScope server = TraceContext.continueTrace("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");
        ServerCall call = ServerCall.open(server.span(), OrderService.class, "placeOrder", new Class<?>[] {PlaceOrder.class})) {
      service.placeOrder(anOrder());
      assertThat(call.claimed()).isTrue();
      assertThat(target.seen.spans.get(0)).isSameAs(server.span());
      assertThat(accountsTarget.seen.spans.get(0).parentSpanId()).isEqualTo(server.span().spanId());
    }
    List<DocumentContext> lines = log.lines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).read("$.kind", String.class)).isEqualTo("internal");
    assertThat(lines.get(1).read("$.kind", String.class)).isEqualTo("server");
    assertThat(lines.get(1).read("$.parentSpanId", String.class)).isEqualTo("00f067aa0ba902b7");
  }

  @Test
  void anotherMethodDoesNotClaimTheServerCall() {
    Accounts accounts = proxy(new Accounts());
    try (TraceScope server = TraceContext.startTrace();
        ServerCall call = ServerCall.open(server.span(), OrderService.class, "placeOrder", new Class<?>[] {PlaceOrder.class})) {
      accounts.check(1, "ecs");
      assertThat(call.claimed()).isFalse();
    }
    assertThat(log.single().read("$.kind", String.class)).isEqualTo("internal");
  }

  @Test
  void anInProcessCallIsADownstreamCallOfTheSpanItWasMadeIn() {
    PlaceOrders target = new PlaceOrders();
    target.accounts = proxy(new FailingAccounts());
    PlaceOrders service = proxy(target);
    assertThatThrownBy(() -> service.placeOrder(anOrder())).hasMessage("accounts db down");
    List<DocumentContext> lines = log.lines();
    assertThat(lines).hasSize(2);
    DocumentContext inner = lines.get(0);
    DocumentContext outer = lines.get(1);
    assertThat((Object) inner.read("$.cause")).isNull(); // the faulty link: its own error
    assertThat(outer.read("$.outcome", String.class)).isEqualTo("ERROR");
    assertThat(outer.read("$.cause", String.class)).isEqualTo("Accounts.checkAccount");
    assertThat(outer.read("$.selfMicros", Long.class)).isLessThanOrEqualTo(outer.read("$.latencyMicros", Long.class));
  }

  @Test
  void faultInjectionAppliesToInProcessCallsBeforeTheRealCall() {
    FaultInjection faults = new FaultInjection(true, FaultRules.parse(
        "{\"OrderService.placeOrder\": {\"errorPercent\": 100}, \"Accounts.checkAccount\": {\"rejectCode\": \"AccountFrozen\", \"rejectPercent\": 100}}"),
        null);
    RequestRecorder withFaults = new RequestRecorder(MonitoringProperties.defaults(), registry, RequestLogSink.slf4j(), null, faults);
    PlaceOrders target = new PlaceOrders();
    PlaceOrders service = proxy(target, withFaults);
    assertThatThrownBy(() -> service.placeOrder(anOrder())).isInstanceOf(InjectedFault.class);
    assertThat(target.seen.spans).isEmpty(); // the real method never ran
    assertThat(log.single().read("$.code", String.class)).isEqualTo("InjectedFault");

    Accounts accounts = proxy(new Accounts(), withFaults);
    assertThatThrownBy(() -> accounts.check(1, "ecs")).isInstanceOf(InjectedRejection.class);
    DocumentContext rejected = log.lines().get(1);
    assertThat(rejected.read("$.outcome", String.class) + "/" + rejected.read("$.code", String.class)).isEqualTo("REJECTED/AccountFrozen");

    faults.update("{\"OrderService.placeOrder\": {\"rejectCode\": \"OrderNotPayable\", \"rejectPercent\": 100}}");
    assertThat(service.placeOrder(anOrder()).code()).isEqualTo("OrderNotPayable"); // an Outcome method answers an Outcome
  }
}
