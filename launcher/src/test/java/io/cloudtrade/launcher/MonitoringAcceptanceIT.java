package io.cloudtrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.bssopenapi20171214.Client;
import com.aliyun.bssopenapi20171214.models.CreateInstanceRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import io.cloudtrade.gateway.monitoring.AlertBoard;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.DepositRequest;
import io.cloudtrade.support.MonitoringConfigWatch;
import io.cloudtrade.traceanalyzer.TraceAnalyzer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's acceptance, measured on a running platform: a steady load of purchases through the
 * OpenAPI (with scattered business rejections: a few requests name an instance type that does not
 * exist) raises no alert; then faults are injected one after the other, each into one link, through
 * the same ZooKeeper node operators use ({@link MonitoringConfigWatch#FAULT_INJECTION}):
 *
 * <ol>
 *   <li>BalanceService.payFromBalance made slow (half of its calls +400 ms);
 *   <li>CatalogService.quote throwing (a system error in every call);
 *   <li>one business error code surging at CatalogService.quote (40 % of calls rejected with
 *       {@value #SURGING_CODE}).
 * </ol>
 *
 * Each must raise the right alert (kind and faulty link), while the links that call the faulty one
 * (OrderService.createInstance, the gateway) raise none of that kind: their symptoms are attributed
 * downstream. The time from injection to the alert (as the gateway's board receives it) is measured
 * and written to {@code target/monitoring-acceptance.md}; the test waits up to two minutes and never
 * asserts a time. Finally the trace analyzer, run on the platform's request log of the slow phase,
 * names the link that was made slow.
 */
class MonitoringAcceptanceIT {
  static final String SURGING_CODE = "InjectedStockOut";
  static final Duration PATIENCE = Duration.ofMinutes(2);

  static Platform platform;
  static Client customer;
  static Path data;
  static final ScheduledExecutorService load = Executors.newScheduledThreadPool(6);
  static final AtomicLong sent = new AtomicLong();
  static final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
  static final List<String> report = new ArrayList<>();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    data = Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"), "monitoring-" + ProcessHandle.current().pid());
    platform = Platform.start(LauncherOptions.parse("--data-dir=" + data, "--fresh", "--random-ports", "--port=0",
        "--cloudtrade.monitoring.fault-injection.enabled=true"));
    customer = new Client(new Config().setAccessKeyId(DemoData.CUSTOMER_ACCESS_KEY).setAccessKeySecret(DemoData.CUSTOMER_SECRET)
        .setEndpoint("127.0.0.1:" + platform.gatewayPort()).setProtocol("HTTP").setReadTimeout(30_000));
    platform.gatewayBean(BalanceService.class).deposit(new DepositRequest().setAccountId(DemoData.CUSTOMER_ID)
        .setAmount(Money.of("1000000.00", "CNY")).setReference("monitoring-acceptance")).value();
    // 8 purchases a second, pay-as-you-go (cheap), 1 in 33 naming an instance type that does not exist
    for (int i = 0; i < 8; i++) {
      load.scheduleAtFixedRate(MonitoringAcceptanceIT::purchase, i * 125L, 1000, TimeUnit.MILLISECONDS);
    }
  }

  static void purchase() {
    long n = sent.incrementAndGet();
    CreateInstanceRequest r = new CreateInstanceRequest().setProductCode("ecs").setSubscriptionType("PayAsYouGo")
        .setClientToken(UUID.randomUUID().toString());
    if (n % 33 == 0) {
      r.setParameter(List.of(new CreateInstanceRequest.CreateInstanceRequestParameter().setCode("InstanceType")
          .setValue("ecs.nonexistent")));
    }
    String outcome;
    try {
      customer.createInstance(r);
      outcome = "Success";
    } catch (TeaException e) {
      outcome = e.getCode();
    } catch (Exception e) {
      outcome = e.getClass().getSimpleName();
    }
    outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
  }

  @AfterAll
  static void stop() throws Exception {
    load.shutdownNow();
    if (platform != null) {
      platform.close();
    }
    report.add("");
    report.add("Requests sent: " + sent.get() + ", answers: " + outcomes);
    Files.writeString(Path.of("target/monitoring-acceptance.md"), String.join("\n", report) + "\n");
  }

  /** Sets the faults every server injects, as an operator does: PUT /admin/api/monitoring/fault-injection. */
  static void inject(String json) throws Exception {
    HttpResponse<String> r = admin("PUT", "/admin/api/monitoring/fault-injection", json);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  static HttpResponse<String> admin(String method, String path, String body) throws Exception {
    String basic = Base64.getEncoder().encodeToString("operator:Operator#2026".getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.gatewayPort() + path))
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/json");
    b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
        : b.method(method, HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static List<Map<String, Object>> fired(Instant since, Predicate<Map<String, Object>> which) {
    return platform.gatewayBean(AlertBoard.class).recent().stream()
        .filter(e -> "fired".equals(e.get("event")) && !Instant.parse((String) e.get("since")).isBefore(since.minusSeconds(5)))
        .filter(which).toList();
  }

  static Map<String, Object> awaitAlert(String phase, Instant injected, String kind, String link) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      List<Map<String, Object>> found = fired(injected, e -> kind.equals(e.get("kind")) && link.equals(e.get("link")));
      if (!found.isEmpty()) {
        Duration took = Duration.between(injected, Instant.now());
        Map<String, Object> a = found.get(0);
        report.add("| " + phase + " | " + kind + " " + link + " | " + took.toMillis() / 1000.0 + " s | " + a.get("summary")
            + " | impact " + a.get("impact") + " | samples " + a.get("samples") + " |");
        return a;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(phase + ": no " + kind + " alert on " + link + " within " + PATIENCE + "; board: "
        + platform.gatewayBean(AlertBoard.class).recent());
  }

  static List<String> links(List<Map<String, Object>> alerts) {
    return alerts.stream().map(a -> a.get("kind") + " " + a.get("link")).toList();
  }

  @Test
  void faultsRaiseTheRightAlertOnTheFaultyLinkAndANormalLoadRaisesNone() throws Exception {
    report.add("# Monitoring acceptance (MonitoringAcceptanceIT)");
    report.add("");
    report.add("8 OpenAPI purchases a second (1 in 33 rejected by the catalog); run " + Instant.now());
    report.add("");
    // a normal load with scattered business rejections: no alert at all
    Instant calm = Instant.now();
    Thread.sleep(Duration.ofSeconds(90).toMillis());
    List<Map<String, Object>> noise = fired(calm.minusSeconds(3600), e -> true);
    report.add("Normal load for 90 s: " + noise.size() + " alerts " + links(noise) + "; answers so far " + outcomes);
    report.add("");
    report.add("| phase | alert | injection to alert | summary | impact | samples |");
    report.add("| --- | --- | --- | --- | --- | --- |");
    assertThat(noise).as("alerts under a normal load").isEmpty();

    // 1. a service made slow
    Instant slow = Instant.now();
    inject("{\"BalanceService.payFromBalance\": {\"delayMs\": 400, \"delayPercent\": 50}}");
    Map<String, Object> latency = awaitAlert("slow dependency", slow, "LATENCY", "BalanceService.payFromBalance");
    assertThat(latency.get("service")).isEqualTo("BalanceService");
    Thread.sleep(5_000);
    Instant slowEnd = Instant.now();
    inject("{}");
    assertThat(links(fired(slow, e -> "LATENCY".equals(e.get("kind")))))
        .as("only the slow link alerts on latency").containsOnly("LATENCY BalanceService.payFromBalance");

    // 2. a dependency throwing
    Instant throwing = Instant.now();
    inject("{\"CatalogService.quote\": {\"errorPercent\": 100}}");
    awaitAlert("dependency throwing", throwing, "AVAILABILITY", "CatalogService.quote");
    Thread.sleep(3_000);
    inject("{}");
    assertThat(links(fired(throwing, e -> "AVAILABILITY".equals(e.get("kind")))))
        .as("only the throwing link alerts on availability").containsOnly("AVAILABILITY CatalogService.quote");

    // 3. one business error code surging
    Instant surge = Instant.now();
    inject("{\"CatalogService.quote\": {\"rejectCode\": \"" + SURGING_CODE + "\", \"rejectPercent\": 40}}");
    Map<String, Object> code = awaitAlert("error code surge", surge, "CODE_SURGE", "CatalogService.quote");
    assertThat(code.get("code")).isEqualTo(SURGING_CODE);
    Thread.sleep(3_000);
    inject("{}");
    assertThat(links(fired(surge, e -> "CODE_SURGE".equals(e.get("kind")))))
        .as("the code surges where it comes from, not where it is passed through").containsOnly("CODE_SURGE CatalogService.quote");

    // an invalid document is refused and changes nothing; the operator's list shows the alerts of every server
    HttpResponse<String> refused = admin("PUT", "/admin/api/monitoring/fault-injection", "{\"CatalogService.quote\": {\"errorPercent\": 150}}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("InvalidParameter");
    assertThat(admin("GET", "/admin/api/monitoring/fault-injection", null).body()).isEqualTo("{}");
    HttpResponse<String> alerts = admin("GET", "/admin/api/alerts", null);
    assertThat(alerts.statusCode()).isEqualTo(200);
    assertThat(alerts.body()).contains("LATENCY/page/BalanceService.payFromBalance", "AVAILABILITY/page/CatalogService.quote",
        "CODE_SURGE/page/CatalogService.quote/" + SURGING_CODE);
    assertThat(admin("GET", "/admin/api/alerts", null).statusCode()).isEqualTo(200);
    assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.gatewayPort() + "/admin/api/alerts"))
        .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("operators only").isEqualTo(401);

    // the trace analyzer names the link made slow, from the request log of the slow phase
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = TraceAnalyzer.run(new String[] {"--since", slow.toString(), "--until", slowEnd.toString(),
        "--html", "target/monitoring-acceptance-traces.html", "target/requests.log"},
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    String analysis = out.toString(StandardCharsets.UTF_8);
    report.add("");
    report.add("Trace analyzer on the slow phase's request log: `" + analysis.lines().findFirst().orElse("") + "`");
    assertThat(status).isZero();
    assertThat(analysis.lines().findFirst().orElse("")).startsWith("slowest-link: BalanceService.payFromBalance ");
  }
}
