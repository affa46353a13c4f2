package io.cloudtrade.monitoringagent.dubbo;

import io.cloudtrade.kernel.BusinessField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.monitoringagent.LogCapture;
import io.cloudtrade.monitoringagent.Monitored;
import io.cloudtrade.monitoringagent.MonitoringProperties;
import io.cloudtrade.monitoringagent.RequestLogSink;
import io.cloudtrade.monitoringagent.RequestMetrics;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.cloudtrade.monitoringagent.Span;
import io.cloudtrade.monitoringagent.TraceContext;
import io.cloudtrade.monitoringagent.TraceScope;
import io.cloudtrade.monitoringagent.alerts.Alert;
import io.cloudtrade.monitoringagent.alerts.AlertEvaluator;
import io.cloudtrade.monitoringagent.alerts.AlertKind;
import io.cloudtrade.monitoringagent.alerts.AlertProperties;
import io.cloudtrade.monitoringagent.alerts.AlertSink;
import io.cloudtrade.monitoringagent.faults.FaultInjection;
import io.cloudtrade.monitoringagent.faults.FaultRules;
import io.cloudtrade.monitoringagent.faults.InjectedFault;
import io.cloudtrade.monitoringagent.spring.MonitoredAdvisor;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.Serializable;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.dubbo.config.ApplicationConfig;
import org.apache.dubbo.config.ProtocolConfig;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.RegistryConfig;
import org.apache.dubbo.config.ServiceConfig;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.aop.framework.ProxyFactory;

/**
 * A real Dubbo provider and consumer in one JVM, over the dubbo protocol on the loopback, direct URL, no
 * registry: the trace id and the span travel in the attachments, each provider call gets exactly one
 * server line, from the filter or, for a {@code @Monitored} provider bean, from the aspect.
 *
 * <p>A second Dubbo application (its own recorder, with an alert evaluator and fault injection, found
 * by the filter in the application's bean factory) serves a caller that calls a callee over Dubbo: the
 * callee made to throw or to be slow by fault injection, only the callee's link alerts.
 */
class DubboTracePropagationIT {
  public interface ProbeService {
    Outcome<Probe> probe(ProbeRequest request);

    Probe fail(ProbeRequest request);
  }

  public static class ProbeRequest implements Serializable {
    @BusinessField("requestId") public String requestId;
    @BusinessField(BusinessField.PRODUCT_CODE) public String productCode;

    public ProbeRequest() {}

    ProbeRequest(String requestId, String productCode) {
      this.requestId = requestId;
      this.productCode = productCode;
    }
  }

  /** What the provider saw while serving. */
  public static class Probe implements Serializable {
    public String traceId;
    public String spanId;
    public String parentSpanId;
    public String mdcTraceId;
    public String mdcSpanId;
  }

  public static class Probes implements ProbeService {
    @Override
    public Outcome<Probe> probe(ProbeRequest request) {
      if ("reject".equals(request.requestId)) {
        return Outcome.rejected("InvalidParameter", "asked to");
      }
      Span span = TraceContext.current();
      Probe p = new Probe();
      p.traceId = span.traceId();
      p.spanId = span.spanId();
      p.parentSpanId = span.parentSpanId();
      p.mdcTraceId = MDC.get("traceId");
      p.mdcSpanId = MDC.get("spanId");
      return Outcome.ok(p);
    }

    @Override
    public Probe fail(ProbeRequest request) {
      throw new NullPointerException("a bug");
    }
  }

  @Monitored(service = "MonitoredProbes")
  public static class MonitoredProbes extends Probes {}

  /** The callee of the chain: made to fail or to be slow by fault injection only. */
  public interface PaymentLedger {
    String pay(String orderId);

    String refund(String orderId);
  }

  public static class Ledger implements PaymentLedger {
    @Override
    public String pay(String orderId) {
      return "paid " + orderId;
    }

    @Override
    public String refund(String orderId) {
      return "refunded " + orderId;
    }
  }

  /** A dependency nobody serves: its reference points at a port where nothing listens. */
  public interface Warehouse {
    String reserve(String orderId);
  }

  /** The caller of the chain: a provider that calls the callee over Dubbo while it serves. */
  public interface Checkout {
    String placeOrder(String orderId);

    String cancelOrder(String orderId);

    String reserveStock(String orderId);
  }

  public static class Checkouts implements Checkout {
    volatile PaymentLedger ledger;
    volatile Warehouse warehouse;

    @Override
    public String reserveStock(String orderId) {
      return warehouse.reserve(orderId);
    }

    @Override
    public String placeOrder(String orderId) {
      return ledger.pay(orderId); // its exception surfaces as it came
    }

    @Override
    public String cancelOrder(String orderId) {
      return ledger.refund(orderId);
    }
  }

  private static DubboBootstrap dubbo;
  private static int port;
  /**
   * Dubbo binds 0.0.0.0 whenever the host is 127.x or localhost (NetUtils.isInvalidLocalHost, then
   * anyhost); the IPv6 loopback is not "invalid", so the provider binds the loopback only.
   */
  private static final String LOOPBACK = "::1";
  private static ProbeService plain;
  private static ProbeService monitored;
  private static DubboBootstrap chainDubbo;
  private static Checkout checkout;
  private static AlertEvaluator evaluator;
  private static FaultInjection faults;
  private static final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private LogCapture log;

  @BeforeAll
  static void start() throws Exception {
    // as the servers do (service-support's PlatformEnvironment): Dubbo then binds and names 127.0.0.1 only
    System.setProperty("dubbo.network.interface.ignored", ".*");
    Metrics.addRegistry(registry);
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ApplicationConfig application = new ApplicationConfig("monitoring-agent-it");
    application.setQosEnable(false);
    ProtocolConfig protocol = new ProtocolConfig("dubbo", port);
    protocol.setHost(LOOPBACK);

    ServiceConfig<ProbeService> plainService = new ServiceConfig<>();
    plainService.setInterface(ProbeService.class);
    plainService.setRef(new Probes());
    plainService.setGroup("plain");
    ServiceConfig<ProbeService> monitoredService = new ServiceConfig<>();
    monitoredService.setInterface(ProbeService.class);
    ProxyFactory pf = new ProxyFactory(new MonitoredProbes());
    pf.setProxyTargetClass(true);
    pf.addAdvisor(new MonitoredAdvisor(RequestRecorder::standalone));
    monitoredService.setRef((ProbeService) pf.getProxy());
    monitoredService.setGroup("monitored");

    String url = "dubbo://[" + LOOPBACK + "]:" + port + "/" + ProbeService.class.getName();
    ReferenceConfig<ProbeService> plainRef = new ReferenceConfig<>();
    plainRef.setInterface(ProbeService.class);
    plainRef.setUrl(url);
    plainRef.setGroup("plain");
    plainRef.setTimeout(10_000);
    plainRef.setRetries(0);
    ReferenceConfig<ProbeService> monitoredRef = new ReferenceConfig<>();
    monitoredRef.setInterface(ProbeService.class);
    monitoredRef.setUrl(url);
    monitoredRef.setGroup("monitored");
    monitoredRef.setTimeout(10_000);
    monitoredRef.setRetries(0);

    dubbo = DubboBootstrap.newInstance()
        .application(application)
        .registry(new RegistryConfig(RegistryConfig.NO_AVAILABLE))
        .protocol(protocol)
        .service(plainService)
        .service(monitoredService)
        .reference(plainRef)
        .reference(monitoredRef)
        .start();
    plain = plainRef.get();
    monitored = monitoredRef.get();
    startChain();
  }

  /** The second application: caller and callee, its recorder counting into an evaluator, faults on. */
  private static void startChain() throws IOException {
    int chainPort;
    try (ServerSocket s = new ServerSocket(0)) {
      chainPort = s.getLocalPort();
    }
    evaluator = new AlertEvaluator(AlertProperties.defaults()
        .withRules("{\"minCallsLong\": 10, \"minCallsShort\": 5, \"latencyThresholdMs\": 50}"), AlertSink.NONE);
    faults = new FaultInjection(true, FaultRules.none(), null);
    RequestRecorder recorder = new RequestRecorder(MonitoringProperties.defaults(), registry, RequestLogSink.slf4j(), evaluator, faults);

    ApplicationConfig application = new ApplicationConfig("monitoring-agent-chain-it");
    application.setQosEnable(false);
    ProtocolConfig protocol = new ProtocolConfig("dubbo", chainPort);
    protocol.setHost(LOOPBACK);
    String base = "dubbo://[" + LOOPBACK + "]:" + chainPort + "/";
    Checkouts checkouts = new Checkouts();
    ServiceConfig<PaymentLedger> ledgerService = new ServiceConfig<>();
    ledgerService.setInterface(PaymentLedger.class);
    ledgerService.setRef(new Ledger());
    ServiceConfig<Checkout> checkoutService = new ServiceConfig<>();
    checkoutService.setInterface(Checkout.class);
    checkoutService.setRef(checkouts);
    ReferenceConfig<PaymentLedger> ledgerRef = new ReferenceConfig<>();
    ledgerRef.setInterface(PaymentLedger.class);
    ledgerRef.setUrl(base + PaymentLedger.class.getName());
    ledgerRef.setTimeout(10_000);
    ledgerRef.setRetries(0);
    int deadPort;
    try (ServerSocket s = new ServerSocket(0)) {
      deadPort = s.getLocalPort(); // closed again: nothing listens there
    }
    ReferenceConfig<Warehouse> warehouseRef = new ReferenceConfig<>();
    warehouseRef.setInterface(Warehouse.class);
    warehouseRef.setUrl(base.replace(":" + chainPort + "/", ":" + deadPort + "/") + Warehouse.class.getName());
    warehouseRef.setCheck(false);
    warehouseRef.setTimeout(2_000);
    warehouseRef.setRetries(0);
    ReferenceConfig<Checkout> checkoutRef = new ReferenceConfig<>();
    checkoutRef.setInterface(Checkout.class);
    checkoutRef.setUrl(base + Checkout.class.getName());
    checkoutRef.setTimeout(10_000);
    checkoutRef.setRetries(0);

    chainDubbo = DubboBootstrap.newInstance();
    chainDubbo.getApplicationModel().getBeanFactory().registerBean(recorder);
    chainDubbo.application(application)
        .registry(new RegistryConfig(RegistryConfig.NO_AVAILABLE))
        .protocol(protocol)
        .service(ledgerService)
        .service(checkoutService)
        .reference(ledgerRef)
        .reference(warehouseRef)
        .reference(checkoutRef)
        .start();
    checkouts.ledger = ledgerRef.get();
    checkouts.warehouse = warehouseRef.get();
    checkout = checkoutRef.get();
  }

  @AfterAll
  static void stop() {
    if (chainDubbo != null) {
      chainDubbo.destroy();
    }
    if (dubbo != null) {
      dubbo.destroy();
    }
    Metrics.removeRegistry(registry);
  }

  @Test
  void theProviderListensOnLoopbackOnly() throws Exception {
    List<InetAddress> external = NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .toList();
    for (InetAddress address : external) {
      try (Socket socket = new Socket()) {
        assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 1000))
            .as("the provider must not be reachable on " + address)
            .isInstanceOf(IOException.class);
      }
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port), 1000);
    }
  }

  @BeforeEach
  void capture() {
    log = new LogCapture();
  }

  @AfterEach
  void release() {
    log.close();
    assertThat(TraceContext.current()).isNull();
  }

  private List<DocumentContext> linesOf(String traceId, int expected) {
    await().atMost(Duration.ofSeconds(5)).until(() -> log.lines().stream().filter(l -> traceId.equals(l.read("$.traceId"))).count() >= expected);
    List<DocumentContext> lines = log.lines().stream().filter(l -> traceId.equals(l.read("$.traceId"))).toList();
    assertThat(lines).hasSize(expected);
    return lines;
  }

  @Test
  void theProviderContinuesTheConsumersTraceInANewChildSpanAndTheFilterLogsIt() {
    Span consumer;
    Probe seen;
    try (TraceScope scope = TraceContext.startSpan()) {
      consumer = scope.span();
      seen = plain.probe(new ProbeRequest("r-1", "ecs")).value();
    }
    assertThat(seen.traceId).isEqualTo(consumer.traceId());
    assertThat(seen.parentSpanId).isEqualTo(consumer.spanId());
    assertThat(seen.spanId).matches("[0-9a-f]{16}").isNotEqualTo(consumer.spanId());
    assertThat(seen.mdcTraceId).isEqualTo(consumer.traceId());
    assertThat(seen.mdcSpanId).isEqualTo(seen.spanId);

    DocumentContext server = linesOf(consumer.traceId(), 1).get(0); // within a trace, no consumer line
    assertThat(server.read("$.kind", String.class)).isEqualTo("server");
    assertThat(server.read("$.service", String.class)).isEqualTo("ProbeService");
    assertThat(server.read("$.operation", String.class)).isEqualTo("probe");
    assertThat(server.read("$.spanId", String.class)).isEqualTo(seen.spanId);
    assertThat(server.read("$.parentSpanId", String.class)).isEqualTo(consumer.spanId());
    assertThat(server.read("$.outcome", String.class)).isEqualTo("SUCCESS");
    assertThat(server.read("$.fields.requestId", String.class)).isEqualTo("r-1");
    assertThat(registry.get(RequestMetrics.TIMER).tags("service", "ProbeService", "operation", "probe", "product", "ecs").timer().count())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void aMonitoredProviderBeanIsLoggedOnceByTheAspectInTheServerSpan() {
    Span consumer;
    Probe seen;
    try (TraceScope scope = TraceContext.startSpan()) {
      consumer = scope.span();
      seen = monitored.probe(new ProbeRequest("r-2", "rds")).value();
    }
    assertThat(seen.traceId).isEqualTo(consumer.traceId());
    assertThat(seen.parentSpanId).isEqualTo(consumer.spanId());

    DocumentContext server = linesOf(consumer.traceId(), 1).get(0);
    assertThat(server.read("$.kind", String.class)).isEqualTo("server");
    assertThat(server.read("$.service", String.class)).isEqualTo("MonitoredProbes"); // the aspect's name: the aspect wrote it
    assertThat(server.read("$.spanId", String.class)).isEqualTo(seen.spanId);
  }

  @Test
  void withoutATraceTheConsumerStartsOneAndLogsItsRootSpan() {
    Probe seen = plain.probe(new ProbeRequest("r-3", "ecs")).value();
    List<DocumentContext> lines = linesOf(seen.traceId, 2);
    DocumentContext consumer = lines.stream().filter(l -> "consumer".equals(l.read("$.kind"))).findFirst().orElseThrow();
    DocumentContext server = lines.stream().filter(l -> "server".equals(l.read("$.kind"))).findFirst().orElseThrow();
    assertThat((Object) consumer.read("$.parentSpanId")).isNull();
    assertThat(server.read("$.parentSpanId", String.class)).isEqualTo(consumer.read("$.spanId", String.class)).isEqualTo(seen.parentSpanId);
    assertThat(consumer.read("$.outcome", String.class)).isEqualTo("SUCCESS");
  }

  @Test
  void aRejectionIsRejectedAndAnNpeIsAnErrorOnTheProviderSide() {
    String trace;
    try (TraceScope scope = TraceContext.startSpan()) {
      trace = scope.span().traceId();
      assertThat(plain.probe(new ProbeRequest("reject", "ecs")).code()).isEqualTo("InvalidParameter");
      assertThatThrownBy(() -> plain.fail(new ProbeRequest("r-4", "ecs"))).isInstanceOf(NullPointerException.class);
    }
    List<DocumentContext> lines = linesOf(trace, 2);
    assertThat(lines).extracting(l -> l.read("$.outcome", String.class) + "/" + l.read("$.code", String.class))
        .containsExactlyInAnyOrder("REJECTED/InvalidParameter", "ERROR/NullPointerException");
    assertThat(registry.get(RequestMetrics.TIMER).tags("service", "ProbeService", "outcome", "ERROR", "code", "NullPointerException").timer().count())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void aCalleeMadeToThrowOrToBeSlowByFaultInjectionIsTheOnlyLinkThatAlerts() {
    faults.update("{\"PaymentLedger.pay\": {\"errorPercent\": 100}, \"PaymentLedger.refund\": {\"delayMs\": 80}}");
    try {
      for (int i = 0; i < 12; i++) {
        String orderId = "o-" + i;
        // Dubbo's ExceptionFilter sends an exception of another jar as a RuntimeException with its text
        assertThatThrownBy(() -> checkout.placeOrder(orderId)).hasMessageContaining(InjectedFault.class.getName());
        assertThat(checkout.cancelOrder(orderId)).isEqualTo("refunded " + orderId);
      }
    } finally {
      faults.update("{}");
    }
    evaluator.evaluate(Instant.now());
    assertThat(evaluator.firing()).extracting(a -> a.kind() + " " + a.severity() + " " + a.link())
        .containsExactlyInAnyOrder("AVAILABILITY page PaymentLedger.pay", "LATENCY page PaymentLedger.refund");
    Alert failing = evaluator.firing().stream().filter(a -> a.kind() == AlertKind.AVAILABILITY).findFirst().orElseThrow();
    assertThat(failing.code()).isEqualTo("InjectedFault");
    assertThat(failing.samples()).isNotEmpty().allSatisfy(sample -> assertThat(sample.traceId()).matches("[0-9a-f]{32}"));

    // the request log says why the caller is not alerted: its error and its time are the callee's
    await().atMost(Duration.ofSeconds(5)).until(() -> serverLines("Checkout", "cancelOrder").size() >= 12);
    List<DocumentContext> placed = serverLines("Checkout", "placeOrder");
    assertThat(placed).isNotEmpty().allSatisfy(line -> {
      assertThat(line.read("$.outcome", String.class)).isEqualTo("ERROR"); // the wrapped exception, surfacing as it came
      assertThat(line.read("$.cause", String.class)).isEqualTo("PaymentLedger.pay");
    });
    assertThat(serverLines("PaymentLedger", "pay")).isNotEmpty().allSatisfy(line -> {
      assertThat(line.read("$.code", String.class)).isEqualTo("InjectedFault");
      assertThat((Object) line.read("$.cause")).isNull();
    });
    assertThat(serverLines("Checkout", "cancelOrder")).allSatisfy(line -> {
      assertThat(line.read("$.latencyMicros", Long.class)).isGreaterThanOrEqualTo(80_000L);
      assertThat(line.read("$.selfMicros", Long.class)).isLessThan(50_000L);
    });
  }

  @Test
  void aDependencyNobodyAnswersAlertsOnItsOwnLinkFromTheCallersSide() {
    for (int i = 0; i < 12; i++) {
      String orderId = "w-" + i;
      assertThatThrownBy(() -> checkout.reserveStock(orderId)).isInstanceOf(RuntimeException.class);
    }
    evaluator.evaluate(Instant.now());
    // the warehouse never recorded a call; the caller's side recorded them for its link, the caller is not blamed
    assertThat(evaluator.firing()).extracting(a -> a.kind() + " " + a.link())
        .contains("AVAILABILITY Warehouse.reserve").doesNotContain("AVAILABILITY Checkout.reserveStock");
    Alert dead = evaluator.firing().stream().filter(a -> a.link().equals("Warehouse.reserve")).findFirst().orElseThrow();
    assertThat(dead.code()).isEqualTo(RequestRecorder.UNANSWERED);
    await().atMost(Duration.ofSeconds(5)).until(() -> serverLines("Checkout", "reserveStock").size() >= 12);
    assertThat(serverLines("Checkout", "reserveStock")).allSatisfy(line ->
        assertThat(line.read("$.cause", String.class)).isEqualTo("Warehouse.reserve"));
    assertThat(log.lines().stream().filter(l -> "consumer".equals(l.read("$.kind")) && "Warehouse".equals(l.read("$.service"))))
        .isNotEmpty().allSatisfy(l -> assertThat(l.read("$.code", String.class)).isEqualTo(RequestRecorder.UNANSWERED));
  }

  private List<DocumentContext> serverLines(String service, String operation) {
    return log.lines().stream()
        .filter(l -> "server".equals(l.read("$.kind")) && service.equals(l.read("$.service")) && operation.equals(l.read("$.operation")))
        .toList();
  }
}
