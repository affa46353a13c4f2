package io.cloudtrade.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudtrade.benchmarks.ChannelNotifies.ChannelKeys;
import io.cloudtrade.benchmarks.ChannelNotifies.Notify;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Payment-notify handling throughput of a running platform, signature verification included: the
 * channels' callbacks {@code POST /notify/alipay} and {@code POST /notify/wechatpay} on the gateway,
 * carried over Dubbo to the payment server, which verifies them with the official SDKs, matches them
 * with the payment and settles it once.
 *
 * <ol>
 *   <li>Set-up (not measured): signs in, then per channel creates {@code payments + warmup-payments}
 *       unpaid orders ({@code POST /api/orders}) and a QR payment of each ({@code POST
 *       /api/orders/{id}/channel-payments}), and builds every notify ({@link ChannelNotifies}) with
 *       the channels' keys read from {@code <data-dir>/channels/}: a genuine one per payment and a
 *       forged one (the same, signed with another key).
 *   <li>Warm-up (not recorded): the warm-up payments' notifies, first, again and forged.
 *   <li>Measured, per channel, closed loop with {@code concurrency} workers, each sending the next
 *       notify of the list as soon as it has its answer: {@code first} (each payment's genuine notify
 *       once: a real settlement), {@code replay} (the same notifies again: verified, answered as
 *       accepted, no effect), {@code forged} (refused). Between runs the driver waits {@code pause}
 *       seconds, then (with {@code --platform-session}) until the platform is quiet, so that what a
 *       settlement starts behind the notify (the order paid, the instance produced) does not run into
 *       the next run.
 *   <li>Check: every payment is Succeeded ({@code GET /api/payments/{id}}).
 * </ol>
 *
 * An answer is what the channel expects when: Alipay, genuine: HTTP 200 with the body {@code
 * success}; WeChat Pay, genuine: any 2xx; forged: anything else (Alipay: not {@code success};
 * WeChat Pay: not 2xx). Latency is of every answer received (HdrHistogram, 3 significant digits, no
 * coordinated-omission correction); an answer that is not the expected one is counted in {@code
 * unexpected}, a request without answer (connection, timeout) in {@code errors}. With {@code
 * --platform-session} (the platform's session id: the launcher started with setsid), the CPU time of
 * every process of that session (the platform's JVM, mysqld, redis) during each run is read from
 * /proc and divided by the notifies, and what the rest of the machine used meanwhile (its busy time
 * less the platform's and the driver's) is given in cores: the other work the run competed with.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.cloudtrade.benchmarks.NotifyThroughputDriver \
 *     [--url=http://127.0.0.1:8080] [--data-dir=data] [--payments=2000] [--warmup-payments=200] [--concurrency=8] \
 *     [--channels=Alipay,WechatPay] [--pause=5] [--timeout=30] [--login=demo-customer] [--password=DemoCustomer#2026] \
 *     [--order-fields={"payNow":false}] [--platform-session=PID] [--clock-ticks=100]
 * </pre>
 *
 * It only ever sends to 127.0.0.1. Lines starting with {@code RESULT} (one per measured run) and the
 * line starting with {@code CHECK} hold every figure as key=value, for scripts. Exit status 0 when it
 * measured (whatever the answers), 1 when the set-up failed, 2 for bad options.
 */
public final class NotifyThroughputDriver {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int QUIET_WAIT_SECONDS = 60;

  private NotifyThroughputDriver() {}

  record Options(URI url, Path dataDir, int payments, int warmupPayments, int concurrency, List<String> channels, int pauseSeconds,
      int timeoutSeconds, String login, String password, ObjectNode orderFields, long platformSession, int clockTicks) {
    static Options parse(String[] args) {
      URI url = URI.create("http://127.0.0.1:8080");
      Path dataDir = Path.of("data");
      int payments = 2000;
      int warmup = 200;
      int concurrency = 8;
      List<String> channels = List.of(ChannelNotifies.ALIPAY, ChannelNotifies.WECHATPAY);
      int pause = 5;
      int timeout = 30;
      String login = "demo-customer";
      String password = "DemoCustomer#2026";
      String orderFields = "{\"payNow\":false}";
      long session = 0;
      int ticks = 100;
      for (String a : args) {
        int eq = a.indexOf('=');
        if (!a.startsWith("--") || eq < 0) {
          throw new IllegalArgumentException("expected --name=value, got " + a);
        }
        String name = a.substring(2, eq);
        String value = a.substring(eq + 1);
        switch (name) {
          case "url" -> url = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
          case "data-dir" -> dataDir = Path.of(value);
          case "payments" -> payments = Integer.parseInt(value);
          case "warmup-payments" -> warmup = Integer.parseInt(value);
          case "concurrency" -> concurrency = Integer.parseInt(value);
          case "channels" -> channels = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
          case "pause" -> pause = Integer.parseInt(value);
          case "timeout" -> timeout = Integer.parseInt(value);
          case "login" -> login = value;
          case "password" -> password = value;
          case "order-fields" -> orderFields = value;
          case "platform-session" -> session = Long.parseLong(value);
          case "clock-ticks" -> ticks = Integer.parseInt(value);
          default -> throw new IllegalArgumentException("unknown option --" + name);
        }
      }
      if (!"http".equals(url.getScheme()) || !"127.0.0.1".equals(url.getHost())) {
        throw new IllegalArgumentException("the driver only sends to http://127.0.0.1, not to " + url);
      }
      for (String c : channels) {
        if (!c.equals(ChannelNotifies.ALIPAY) && !c.equals(ChannelNotifies.WECHATPAY)) {
          throw new IllegalArgumentException("channels are " + ChannelNotifies.ALIPAY + " and " + ChannelNotifies.WECHATPAY
              + ", not " + c);
        }
      }
      if (payments < 1 || warmup < 0 || concurrency < 1 || pause < 0 || timeout < 1 || ticks < 1 || channels.isEmpty()) {
        throw new IllegalArgumentException(
            "payments, concurrency, timeout and clock-ticks must be positive, warmup-payments and pause >= 0");
      }
      ObjectNode fields;
      try {
        fields = (ObjectNode) JSON.readTree(orderFields);
      } catch (IOException | ClassCastException e) {
        throw new IllegalArgumentException("--order-fields must be a JSON object, not " + orderFields);
      }
      return new Options(url, dataDir, payments, warmup, concurrency, channels, pause, timeout, login, password, fields, session,
          ticks);
    }
  }

  /** A QR payment made by the set-up. */
  record Payment(String channel, long orderId, long paymentId, long amountMinor) {}

  /** What the channel expects of the answer to a notify. */
  enum Expect {
    ACCEPTED, REFUSED
  }

  /** What one run measured. */
  record RunResult(String phase, String channel, long notifies, double seconds, Histogram latencies, Map<Integer, Long> statuses,
      long unexpected, long errors, String firstProblem, double platformCpuMs, double driverCpuMs, double otherCpuMs) {
    double rate() {
      return notifies / seconds;
    }
  }

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("NotifyThroughputDriver: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.out.printf(Locale.ROOT,
        "NotifyThroughputDriver: %s channels=%s payments=%d warm-up payments=%d concurrency=%d pause=%ds data-dir=%s%n", o.url(),
        String.join(",", o.channels()), o.payments(), o.warmupPayments(), o.concurrency(), o.pauseSeconds(), o.dataDir());
    // the customer's API: a session cookie; the notifies: none (a channel has no session)
    HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(o.timeoutSeconds())).build();
    HttpClient channels = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(o.timeoutSeconds())).build();
    ExecutorService pool = Executors.newFixedThreadPool(o.concurrency());
    try {
      List<Payment> payments;
      ChannelKeys keys;
      try {
        keys = ChannelKeys.read(o.dataDir());
        signIn(api, o);
        payments = setUp(pool, api, o);
      } catch (IOException | RuntimeException e) {
        System.out.println("SETUP FAILED: " + e.getMessage());
        System.exit(1);
        return;
      }

      // every notify built and its request made before anything is measured
      long t0 = System.nanoTime();
      PrivateKey forger = ChannelNotifies.newPrivateKey();
      Instant now = Instant.now();
      Map<String, List<HttpRequest>> genuine = new TreeMap<>();
      Map<String, List<HttpRequest>> forged = new TreeMap<>();
      for (Payment p : payments) {
        Notify n = ChannelNotifies.genuine(p.channel(), keys, p.paymentId(), p.amountMinor(), now);
        genuine.computeIfAbsent(p.channel(), c -> new ArrayList<>()).add(request(o, n));
        forged.computeIfAbsent(p.channel(), c -> new ArrayList<>()).add(request(o, ChannelNotifies.forged(n, forger)));
      }
      System.out.printf(Locale.ROOT, "  built %d genuine and %d forged notifies in %.1f s%n", payments.size(), payments.size(),
          (System.nanoTime() - t0) / 1e9);

      int w = o.warmupPayments();
      if (w > 0) {
        for (String c : o.channels()) {
          List<HttpRequest> g = genuine.get(c).subList(0, w);
          List<HttpRequest> f = forged.get(c).subList(0, w);
          RunResult first = run(pool, channels, o, "warmup-first", c, g, Expect.ACCEPTED);
          RunResult again = run(pool, channels, o, "warmup-replay", c, g, Expect.ACCEPTED);
          RunResult bad = run(pool, channels, o, "warmup-forged", c, f, Expect.REFUSED);
          System.out.printf(Locale.ROOT,
              "  warm-up %-9s %d first (%.0f/s), %d replays (%.0f/s), %d forged (%.0f/s); unexpected %d, errors %d%n", c,
              first.notifies(), first.rate(), again.notifies(), again.rate(), bad.notifies(), bad.rate(),
              first.unexpected() + again.unexpected() + bad.unexpected(), first.errors() + again.errors() + bad.errors());
          if (first.firstProblem() != null || bad.firstProblem() != null) {
            System.out.println("    first problem: " + (first.firstProblem() != null ? first.firstProblem() : bad.firstProblem()));
          }
        }
      }

      List<RunResult> results = new ArrayList<>();
      String[][] phases = {{"first", Expect.ACCEPTED.name()}, {"replay", Expect.ACCEPTED.name()}, {"forged", Expect.REFUSED.name()}};
      for (String[] phase : phases) {
        for (String c : o.channels()) {
          pause(o);
          List<HttpRequest> list = (phase[0].equals("forged") ? forged : genuine).get(c);
          RunResult r = run(pool, channels, o, phase[0], c, list.subList(w, list.size()), Expect.valueOf(phase[1]));
          results.add(r);
          print(r);
        }
      }

      pause(o);
      check(pool, api, o, payments);
      for (RunResult r : results) {
        System.out.println(resultLine(r));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void signIn(HttpClient api, Options o) throws IOException {
    ObjectNode body = JSON.createObjectNode().put("loginName", o.login()).put("password", o.password());
    HttpResponse<String> r = send(api, HttpRequest.newBuilder(o.url().resolve("/api/session"))
        .timeout(Duration.ofSeconds(o.timeoutSeconds())).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("sign-in as " + o.login() + " failed: " + describe(r));
    }
    System.out.println("  signed in as " + o.login() + ": " + r.body());
  }

  /** Creates the unpaid orders and their QR payments, {@code concurrency} at a time. */
  private static List<Payment> setUp(ExecutorService pool, HttpClient api, Options o) throws IOException {
    int perChannel = o.payments() + o.warmupPayments();
    int total = perChannel * o.channels().size();
    Payment[] made = new Payment[total];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicReference<String> failure = new AtomicReference<>();
    long t0 = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < o.concurrency(); i++) {
      workers.add(pool.submit(() -> {
        int k;
        while (failure.get() == null && (k = next.getAndIncrement()) < total) {
          String channel = o.channels().get(k / perChannel);
          try {
            made[k] = createPayment(api, o, channel);
          } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, "payment " + (k + 1) + " of " + total + " (" + channel + "): " + e.getMessage());
            return;
          }
          int n = done.incrementAndGet();
          if (n % 500 == 0 || n == total) {
            System.out.printf(Locale.ROOT, "  set-up: %d of %d QR payments (%.0f s)%n", n, total, (System.nanoTime() - t0) / 1e9);
          }
        }
      }));
    }
    join(workers);
    if (failure.get() != null) {
      throw new IllegalStateException(failure.get());
    }
    Payment first = made[0];
    System.out.printf(Locale.ROOT, "  set-up done: %d unpaid orders and QR payments in %.1f s (e.g. order %d, payment %d, %s fen)%n",
        total, (System.nanoTime() - t0) / 1e9, first.orderId(), first.paymentId(), first.amountMinor());
    return List.of(made);
  }

  private static Payment createPayment(HttpClient api, Options o, String channel) throws IOException {
    ObjectNode order = JSON.createObjectNode().put("clientToken", UUID.randomUUID().toString()).put("productCode", "ecs")
        .put("subscriptionType", "Subscription").put("period", 1).put("periodUnit", "Month");
    order.putObject("config");
    order.setAll(o.orderFields());
    HttpResponse<String> placed = send(api, post(o, "/api/orders", order.toString()));
    JsonNode p = placed.statusCode() / 100 == 2 ? JSON.readTree(placed.body()) : null;
    if (p == null || !p.hasNonNull("orderId")) {
      throw new IllegalStateException("POST /api/orders " + order + ": " + describe(placed));
    }
    if (p.hasNonNull("status") && !"Unpaid".equals(p.get("status").asText())) {
      throw new IllegalStateException("POST /api/orders " + order + " placed an order that is not Unpaid (does --order-fields ask"
          + " for no balance payment?): " + placed.body());
    }
    long orderId = Long.parseLong(p.get("orderId").asText());
    ObjectNode start = JSON.createObjectNode().put("channel", channel).put("scene", "QR");
    HttpResponse<String> started = send(api, post(o, "/api/orders/" + orderId + "/channel-payments", start.toString()));
    JsonNode q = started.statusCode() / 100 == 2 ? JSON.readTree(started.body()) : null;
    if (q == null || !q.hasNonNull("paymentId") || !q.hasNonNull("amount")) {
      throw new IllegalStateException("POST /api/orders/" + orderId + "/channel-payments " + start + ": " + describe(started));
    }
    return new Payment(channel, orderId, Long.parseLong(q.get("paymentId").asText()), minor(q.get("amount")));
  }

  /** Minor units of an amount answered as "361.00", 361.00, or {"amount": "361.00", ...}. */
  static long minor(JsonNode amount) {
    JsonNode a = amount.isObject() ? Stream.of("amount", "value").map(amount::get).filter(n -> n != null && !n.isNull()).findFirst()
        .orElseThrow(() -> new IllegalStateException("no amount in " + amount)) : amount;
    return new BigDecimal(a.asText()).movePointRight(2).longValueExact();
  }

  private static HttpRequest post(Options o, String path, String json) {
    return HttpRequest.newBuilder(o.url().resolve(path)).timeout(Duration.ofSeconds(o.timeoutSeconds()))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  private static HttpRequest request(Options o, Notify n) {
    HttpRequest.Builder b = HttpRequest.newBuilder(o.url().resolve(n.path())).timeout(Duration.ofSeconds(o.timeoutSeconds()))
        .header("Content-Type", n.contentType());
    n.headers().forEach(b::header);
    return b.POST(HttpRequest.BodyPublishers.ofString(n.body())).build();
  }

  /** Sends every request of {@code notifies} once, {@code concurrency} at a time, closed loop. */
  private static RunResult run(ExecutorService pool, HttpClient http, Options o, String phase, String channel,
      List<HttpRequest> notifies, Expect expect) {
    AtomicInteger next = new AtomicInteger();
    AtomicLong unexpected = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstProblem = new AtomicReference<>();
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    long cpu0 = platformCpuTicks(o);
    long driverCpu0 = driverCpuNanos();
    long machine0 = machineBusyTicks();
    long start = System.nanoTime();
    List<Future<Histogram>> workers = new ArrayList<>();
    for (int i = 0; i < o.concurrency(); i++) {
      workers.add(pool.submit(() -> {
        Histogram h = new Histogram(3);
        int k;
        while ((k = next.getAndIncrement()) < notifies.size()) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> answer = http.send(notifies.get(k), HttpResponse.BodyHandlers.ofString());
            h.recordValue(System.nanoTime() - t0);
            statuses.computeIfAbsent(answer.statusCode(), s -> new LongAdder()).increment();
            if (!expected(channel, expect, answer)) {
              unexpected.incrementAndGet();
              firstProblem.compareAndSet(null, "expected " + expect + ", got " + describe(answer));
            }
          } catch (IOException e) {
            errors.incrementAndGet();
            firstProblem.compareAndSet(null, e.toString());
          }
        }
        return h;
      }));
    }
    Histogram all = new Histogram(3);
    for (Future<Histogram> f : workers) {
      try {
        all.add(f.get());
      } catch (Exception e) {
        throw new IllegalStateException("a worker failed", e);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long cpu1 = platformCpuTicks(o);
    long machine1 = machineBusyTicks();
    double platformCpuMs = cpu0 < 0 || cpu1 < 0 ? Double.NaN : (cpu1 - cpu0) * 1000.0 / o.clockTicks();
    double driverCpuMs = (driverCpuNanos() - driverCpu0) / 1e6;
    // what the rest of the machine used meanwhile: other engineers' builds and tests, the kernel
    double otherCpuMs = machine0 < 0 || machine1 < 0 || Double.isNaN(platformCpuMs) ? Double.NaN
        : Math.max(0, (machine1 - machine0) * 1000.0 / o.clockTicks() - platformCpuMs - driverCpuMs);
    Map<Integer, Long> counted = new TreeMap<>();
    statuses.forEach((s, n) -> counted.put(s, n.sum()));
    return new RunResult(phase, channel, all.getTotalCount() + errors.get(), seconds, all, counted, unexpected.get(), errors.get(),
        firstProblem.get(), platformCpuMs, driverCpuMs, otherCpuMs);
  }

  /** Whether the answer is what the channel expects: see the class comment. */
  static boolean expected(String channel, Expect expect, HttpResponse<String> answer) {
    boolean accepted = ChannelNotifies.ALIPAY.equals(channel)
        ? answer.statusCode() == 200 && "success".equals(answer.body() == null ? null : answer.body().trim())
        : answer.statusCode() / 100 == 2;
    return accepted == (expect == Expect.ACCEPTED);
  }

  /** Every payment must be Succeeded: read back {@code concurrency} at a time. */
  private static void check(ExecutorService pool, HttpClient api, Options o, List<Payment> payments) {
    AtomicInteger next = new AtomicInteger();
    Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();
    AtomicReference<String> firstOther = new AtomicReference<>();
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < o.concurrency(); i++) {
      workers.add(pool.submit(() -> {
        int k;
        while ((k = next.getAndIncrement()) < payments.size()) {
          Payment p = payments.get(k);
          String status;
          try {
            HttpResponse<String> r = send(api, HttpRequest.newBuilder(o.url().resolve("/api/payments/" + p.paymentId()))
                .timeout(Duration.ofSeconds(o.timeoutSeconds())).header("Accept", "application/json").GET().build());
            JsonNode n = r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
            status = n != null && n.hasNonNull("status") ? n.get("status").asText() : "HTTP " + r.statusCode();
            if (!"Succeeded".equals(status)) {
              firstOther.compareAndSet(null, p + ": " + describe(r));
            }
          } catch (IOException | RuntimeException e) {
            status = "error";
            firstOther.compareAndSet(null, p + ": " + e);
          }
          byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        }
      }));
    }
    join(workers);
    Map<String, Long> counted = new TreeMap<>();
    byStatus.forEach((s, n) -> counted.put(s, n.sum()));
    long succeeded = counted.getOrDefault("Succeeded", 0L);
    System.out.printf(Locale.ROOT, "  check: %d payments read back: %s%n", payments.size(), counted);
    if (firstOther.get() != null) {
      System.out.println("    first not Succeeded: " + firstOther.get());
    }
    System.out.printf(Locale.ROOT, "CHECK payments=%d succeeded=%d not_succeeded=%d statuses=%s%n", payments.size(), succeeded,
        payments.size() - succeeded, counted.entrySet().stream().map(e -> e.getKey().replace(' ', '_') + "x" + e.getValue())
            .collect(Collectors.joining(",")));
  }

  private static void print(RunResult r) {
    Histogram h = r.latencies();
    System.out.printf(Locale.ROOT, "  %-6s %-9s %d notifies in %.2f s: %.1f notifies/s; answers %s; unexpected %d, errors %d%n",
        r.phase(), r.channel(), r.notifies(), r.seconds(), r.rate(), r.statuses(), r.unexpected(), r.errors());
    if (h.getTotalCount() > 0) {
      System.out.printf(Locale.ROOT, "         latency ms: p50 %.3f  p90 %.3f  p99 %.3f  max %.3f  (mean %.3f)%n",
          ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()),
          h.getMean() / 1e6);
    }
    if (!Double.isNaN(r.platformCpuMs())) {
      System.out.printf(Locale.ROOT,
          "         platform CPU %.0f ms (%.2f ms per notify), driver CPU %.0f ms, other processes %.2f cores%n", r.platformCpuMs(),
          r.platformCpuMs() / r.notifies(), r.driverCpuMs(), r.otherCpuMs() / 1000 / r.seconds());
    }
    if (r.firstProblem() != null) {
      System.out.println("         first problem: " + r.firstProblem());
    }
  }

  private static String resultLine(RunResult r) {
    Histogram h = r.latencies();
    boolean any = h.getTotalCount() > 0;
    return String.format(Locale.ROOT,
        "RESULT phase=%s channel=%s notifies=%d seconds=%.2f rate=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f mean_ms=%.3f"
            + " unexpected=%d errors=%d statuses=%s platform_cpu_ms_per_notify=%.2f driver_cpu_ms_per_notify=%.2f other_cores=%.2f",
        r.phase(), r.channel(), r.notifies(), r.seconds(), r.rate(), any ? ms(h.getValueAtPercentile(50)) : Double.NaN,
        any ? ms(h.getValueAtPercentile(90)) : Double.NaN, any ? ms(h.getValueAtPercentile(99)) : Double.NaN,
        any ? ms(h.getMaxValue()) : Double.NaN, any ? h.getMean() / 1e6 : Double.NaN, r.unexpected(), r.errors(),
        r.statuses().isEmpty() ? "none" : r.statuses().entrySet().stream().map(e -> e.getKey() + "x" + e.getValue())
            .collect(Collectors.joining(",")),
        r.platformCpuMs() / r.notifies(), r.driverCpuMs() / r.notifies(), r.otherCpuMs() / 1000 / r.seconds());
  }

  /**
   * The CPU time (utime + stime, in clock ticks) of every live process in the platform's session, or
   * -1 when no session was given or /proc cannot be read.
   */
  static long platformCpuTicks(Options o) {
    if (o.platformSession() <= 0) {
      return -1;
    }
    long total = 0;
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))::iterator) {
        String stat;
        try {
          stat = Files.readString(p.resolve("stat"));
        } catch (IOException gone) {
          continue;
        }
        // pid (comm) state ppid pgrp session ... utime stime: fields after the command, which may hold spaces
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        if (Long.parseLong(f[3]) == o.platformSession()) {
          total += Long.parseLong(f[11]) + Long.parseLong(f[12]);
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return total;
  }

  /** The machine's busy CPU time (all CPUs, clock ticks: /proc/stat without idle and iowait), or -1. */
  static long machineBusyTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      // cpu user nice system idle iowait irq softirq steal (guest time is counted in user already)
      long busy = 0;
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += i < f.length ? Long.parseLong(f[i]) : 0;
      }
      return busy;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static long driverCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /**
   * Waits {@code pause} seconds, then (when the platform's CPU time can be read) until the platform has
   * used less than a quarter of a core over one second, at most {@link #QUIET_WAIT_SECONDS} more: the
   * background work the last run started (orders paid, instances produced) stays out of the next.
   */
  private static void pause(Options o) {
    try {
      Thread.sleep(o.pauseSeconds() * 1000L);
      long deadline = System.nanoTime() + QUIET_WAIT_SECONDS * 1_000_000_000L;
      double cores = Double.NaN;
      while (o.platformSession() > 0 && System.nanoTime() < deadline) {
        long t0 = System.nanoTime();
        long c0 = platformCpuTicks(o);
        Thread.sleep(1000);
        long c1 = platformCpuTicks(o);
        if (c0 < 0 || c1 < 0) {
          return;
        }
        cores = (c1 - c0) / (double) o.clockTicks() / ((System.nanoTime() - t0) / 1e9);
        if (cores < 0.25) {
          return;
        }
      }
      if (o.platformSession() > 0) {
        System.out.printf(Locale.ROOT, "  the platform was still busy (%.2f cores) %d s after the run; going on%n", cores,
            o.pauseSeconds() + QUIET_WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void join(List<Future<?>> workers) {
    for (Future<?> f : workers) {
      try {
        f.get();
      } catch (Exception e) {
        throw new IllegalStateException("a worker failed", e);
      }
    }
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static String describe(HttpResponse<String> answer) {
    String body = answer.body() == null ? "" : answer.body();
    return "HTTP " + answer.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
