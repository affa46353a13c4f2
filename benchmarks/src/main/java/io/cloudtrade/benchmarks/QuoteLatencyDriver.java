package io.cloudtrade.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load driver for {@code POST /api/quotes} on a running gateway: {@code concurrency}
 * threads (a fixed pool) each send one request, wait for the answer, and send the next, first for a
 * warm-up (not recorded), then for a measured window. Every answer is checked against the scenario
 * ({@link QuoteScenario}: the final amount, or the rejection); anything else is an error and is not
 * in the latency figures. Both phases stop at their duration or at {@code --max-requests}, whichever
 * comes first.
 *
 * <p>Closed loop: a slow answer delays the next request of its thread, so the percentiles are those
 * of the requests sent (no coordinated-omission correction); requests/s is what this concurrency
 * achieves, not a capacity.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.cloudtrade.benchmarks.QuoteLatencyDriver \
 *     [--url=http://127.0.0.1:8080/api/quotes] [--scenario=ecs-default|ecs-custom|ecs-invalid] \
 *     [--concurrency=8] [--duration=30] [--warmup=10] [--max-requests=1000000] [--timeout=10]
 * </pre>
 *
 * Durations are in seconds. It only ever sends to 127.0.0.1. The last line it prints starts with
 * {@code RESULT} and holds every figure as key=value, for scripts.
 */
public final class QuoteLatencyDriver {
  private QuoteLatencyDriver() {}

  record Options(URI url, QuoteScenario scenario, int concurrency, int durationSeconds, int warmupSeconds, long maxRequests,
      int timeoutSeconds) {
    static Options parse(String[] args) {
      URI url = URI.create("http://127.0.0.1:8080/api/quotes");
      QuoteScenario scenario = QuoteScenario.ECS_DEFAULT;
      int concurrency = 8;
      int duration = 30;
      int warmup = 10;
      long max = 1_000_000;
      int timeout = 10;
      for (String a : args) {
        int eq = a.indexOf('=');
        if (!a.startsWith("--") || eq < 0) {
          throw new IllegalArgumentException("expected --name=value, got " + a);
        }
        String name = a.substring(2, eq);
        String value = a.substring(eq + 1);
        switch (name) {
          case "url" -> url = URI.create(value);
          case "scenario" -> scenario = QuoteScenario.byId(value);
          case "concurrency" -> concurrency = Integer.parseInt(value);
          case "duration" -> duration = Integer.parseInt(value);
          case "warmup" -> warmup = Integer.parseInt(value);
          case "max-requests" -> max = Long.parseLong(value);
          case "timeout" -> timeout = Integer.parseInt(value);
          default -> throw new IllegalArgumentException("unknown option --" + name);
        }
      }
      if (!"http".equals(url.getScheme()) || !"127.0.0.1".equals(url.getHost())) {
        throw new IllegalArgumentException("the driver only sends to http://127.0.0.1, not to " + url);
      }
      if (concurrency < 1 || duration < 1 || warmup < 0 || max < 1 || timeout < 1) {
        throw new IllegalArgumentException("concurrency, duration, max-requests and timeout must be positive, warmup >= 0");
      }
      return new Options(url, scenario, concurrency, duration, warmup, max, timeout);
    }
  }

  /** What one phase measured. */
  record PhaseResult(long requests, long errors, double seconds, Histogram latencies, String firstError) {
    double requestsPerSecond() {
      return requests / seconds;
    }
  }

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("QuoteLatencyDriver: " + e.getMessage());
      System.exit(2);
      return;
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(o.timeoutSeconds())).build();
    HttpRequest request = HttpRequest.newBuilder(o.url()).timeout(Duration.ofSeconds(o.timeoutSeconds()))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(o.scenario().json())).build();
    System.out.printf(Locale.ROOT, "QuoteLatencyDriver: POST %s scenario=%s concurrency=%d warm-up=%ds duration=%ds max-requests=%d%n",
        o.url(), o.scenario().id, o.concurrency(), o.warmupSeconds(), o.durationSeconds(), o.maxRequests());
    System.out.println("  body " + o.scenario().json());
    // the expected answer is the server's own first one, checked for its shape here and then held
    // against every later answer: the catalog's demo data may change without the driver changing
    HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (!o.scenario().mustBeRejected()) {
      java.util.regex.Matcher amount = java.util.regex.Pattern.compile("\"finalAmount\":\"([0-9]+\\.[0-9]{2})\"").matcher(first.body());
      if (first.statusCode() != 200 || !amount.find()) {
        throw new IllegalStateException("the reference quote failed: " + unexpected(first, first.body()));
      }
      expectedAmount = amount.group(1);
      System.out.println("  reference finalAmount " + expectedAmount + " (every later answer must equal it)");
    }

    ExecutorService pool = Executors.newFixedThreadPool(o.concurrency());
    try {
      if (o.warmupSeconds() > 0) {
        PhaseResult warm = run(pool, http, request, o, o.warmupSeconds());
        System.out.printf(Locale.ROOT, "  warm-up   %.1f s: %d requests, %d errors%n", warm.seconds(), warm.requests(), warm.errors());
      }
      PhaseResult m = run(pool, http, request, o, o.durationSeconds());
      Histogram h = m.latencies();
      long ok = h.getTotalCount();
      System.out.printf(Locale.ROOT, "  measured  %.1f s: %d requests (%d ok, %d errors), %.1f requests/s%n",
          m.seconds(), m.requests(), ok, m.errors(), m.requestsPerSecond());
      if (m.firstError() != null) {
        System.out.println("  first error: " + m.firstError());
      }
      if (ok > 0) {
        System.out.printf(Locale.ROOT, "  latency of ok answers, ms: p50 %.3f  p90 %.3f  p99 %.3f  max %.3f  (mean %.3f)%n",
            ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()),
            h.getMean() / 1e6);
      }
      System.out.printf(Locale.ROOT,
          "RESULT scenario=%s concurrency=%d seconds=%.2f requests=%d ok=%d errors=%d rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f"
              + " max_ms=%.3f mean_ms=%.3f%n",
          o.scenario().id, o.concurrency(), m.seconds(), m.requests(), ok, m.errors(), m.requestsPerSecond(),
          ok > 0 ? ms(h.getValueAtPercentile(50)) : Double.NaN, ok > 0 ? ms(h.getValueAtPercentile(90)) : Double.NaN,
          ok > 0 ? ms(h.getValueAtPercentile(99)) : Double.NaN, ok > 0 ? ms(h.getMaxValue()) : Double.NaN,
          ok > 0 ? h.getMean() / 1e6 : Double.NaN);
      if (ok == 0) {
        System.exit(3);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static PhaseResult run(ExecutorService pool, HttpClient http, HttpRequest request, Options o, int seconds)
      throws Exception {
    AtomicLong issued = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    List<Future<Histogram>> workers = new ArrayList<>();
    for (int i = 0; i < o.concurrency(); i++) {
      workers.add(pool.submit(() -> {
        Histogram h = new Histogram(3);
        while (System.nanoTime() < end && issued.incrementAndGet() <= o.maxRequests()) {
          long t0 = System.nanoTime();
          String problem;
          try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - t0;
            problem = check(o.scenario(), answer);
            if (problem == null) {
              h.recordValue(elapsed);
            }
          } catch (java.io.IOException e) {
            problem = e.toString();
          }
          if (problem != null) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, problem);
          }
        }
        return h;
      }));
    }
    Histogram all = new Histogram(3);
    for (Future<Histogram> w : workers) {
      all.add(w.get());
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    // completed requests (issued also counts each worker's last increment, which ended its loop)
    long requests = all.getTotalCount() + errors.get();
    return new PhaseResult(requests, errors.get(), elapsed, all, firstError.get());
  }

  /** The finalAmount of the server's first answer to a scenario that must be priced. */
  private static volatile String expectedAmount;

  /** Null when the answer is the scenario's, else what is wrong with it. */
  private static String check(QuoteScenario s, HttpResponse<String> answer) {
    String body = answer.body() == null ? "" : answer.body();
    if (s.mustBeRejected()) {
      return answer.statusCode() == 400 && body.contains("InvalidConfiguration") ? null : unexpected(answer, body);
    }
    return answer.statusCode() == 200 && body.contains("\"finalAmount\":\"" + expectedAmount + "\"") ? null
        : unexpected(answer, body);
  }

  private static String unexpected(HttpResponse<String> answer, String body) {
    return "HTTP " + answer.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
