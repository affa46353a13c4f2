package io.cloudtrade.traceanalyzer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic request-log set of several services into a directory, as the monitoring agent would: for
 * trying the tool, for its end-to-end test and for its benchmark. Not a part of the analysis.
 *
 * <p>Each trace is one purchase through the platform (times are normal random numbers, seeded):
 *
 * <pre>
 * Gateway.createInstance (internal, root)                 gateway-1.log / gateway-2.log (two instances)
 *   OrderService.createInstance (server)                   order-service/app.log (inside the service log)
 *     CatalogService.quote (server)        } in parallel   catalog/requests.jsonl
 *     ResellerRules.discount (server)      }               reseller/requests.log
 *     OrderService.saveOrder (internal)                    order-service/app.log
 *     BalanceService.pay (server)                          payment/app.log (inside the service log)
 *       BalanceService.debit (internal)                    payment/app.log
 *     InstanceLifecycle.provision (server)                 lifecycle/requests.json
 * </pre>
 *
 * about 21 ms end to end; 1% of the traces are a lone {@code Gateway.health} span. In a share of the traces
 * ({@code slowShare}) one chosen link ({@code slowLink}) takes {@code slowMillis} more of its own time. Each
 * process has its own clock offset (up to 2 ms), and {@code ts} is cut to the millisecond as the agent does. With
 * {@code noise}: ordinary log lines between the request lines of the service logs, 0.2% duplicated lines, 0.1%
 * lost lines (orphans), 0.1% truncated lines (malformed).
 */
public final class SyntheticTraceLogs {
  /** The links a slow one can be chosen among. */
  public static final Set<String> LINKS = Set.of("Gateway.createInstance", "OrderService.createInstance",
      "CatalogService.quote", "ResellerRules.discount", "OrderService.saveOrder", "BalanceService.pay",
      "BalanceService.debit", "InstanceLifecycle.provision");

  private static final Instant BASE = Instant.parse("2026-11-25T06:00:00Z");
  private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);

  /**
   * What to write.
   *
   * @param traces how many traces
   * @param seed the random seed (same seed, same files)
   * @param slowLink the link made slow in some traces ({@code Service.operation}), or null for none
   * @param slowShare the share of the traces in which it is slow
   * @param slowMillis how much slower it is there
   * @param noise ordinary log lines, duplicates, lost and truncated lines
   */
  public record Config(int traces, long seed, String slowLink, double slowShare, double slowMillis, boolean noise) {
    public Config {
      if (slowLink != null && !LINKS.contains(slowLink)) {
        throw new IllegalArgumentException("unknown link " + slowLink + "; one of " + LINKS);
      }
    }
  }

  /** What was written: lines per file, and the traces made slow. */
  public record Written(Map<Path, Long> linesPerFile, int slowTraces) {
    public long lines() {
      return linesPerFile.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** A process writing one log file. */
  private static final class Process implements AutoCloseable {
    final Path file;
    final boolean inServiceLog;
    final long clockOffsetMicros;
    final String thread;
    final Writer out;
    long lines;

    Process(Path file, boolean inServiceLog, long clockOffsetMicros, String thread) throws IOException {
      this.file = file;
      this.inServiceLog = inServiceLog;
      this.clockOffsetMicros = clockOffsetMicros;
      this.thread = thread;
      Files.createDirectories(file.getParent());
      this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    void line(String s) throws IOException {
      out.write(s);
      out.write('\n');
      lines++;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** A span being made. */
  private record Made(Process process, String traceId, String spanId, String parentSpanId, String service, String operation,
      String kind, long start, long end, String outcome, String code) {
  }

  private final Config config;
  private final Random random;
  private final Map<String, Process> processes = new LinkedHashMap<>();
  private final List<Made> pending = new ArrayList<>();
  private boolean slowNow;

  private SyntheticTraceLogs(Config config) {
    this.config = config;
    this.random = new Random(config.seed());
  }

  /** Writes the log set into {@code dir} (created if needed; existing files of the same names are replaced). */
  public static Written write(Path dir, Config config) throws IOException {
    SyntheticTraceLogs g = new SyntheticTraceLogs(config);
    return g.writeAll(dir);
  }

  private Written writeAll(Path dir) throws IOException {
    processes.put("gateway-1", new Process(dir.resolve("gateway-1.log"), false, 0, "http-nio-8080-exec-3"));
    processes.put("gateway-2", new Process(dir.resolve("gateway-2.log"), false, 400, "http-nio-8080-exec-7"));
    processes.put("order", new Process(dir.resolve("order-service/app.log"), true, 1200, "DubboServerHandler-10.0.0.2:20880-thread-5"));
    processes.put("catalog", new Process(dir.resolve("catalog/requests.jsonl"), false, -1500, ""));
    processes.put("reseller", new Process(dir.resolve("reseller/requests.log"), false, 800, ""));
    processes.put("payment", new Process(dir.resolve("payment/app.log"), true, -900, "DubboServerHandler-10.0.0.4:20882-thread-2"));
    processes.put("lifecycle", new Process(dir.resolve("lifecycle/requests.json"), false, 1700, ""));
    int slow = 0;
    try {
      long t = micros(BASE);
      for (int i = 0; i < config.traces(); i++) {
        t += (long) (random.nextDouble() * 4000); // traces overlap in time: a new one every 2 ms on average
        slowNow = config.slowLink() != null && random.nextDouble() < config.slowShare();
        if (slowNow) {
          slow++;
        }
        if (random.nextDouble() < 0.01) {
          health(i, t);
        } else {
          purchase(i, t);
        }
        flush();
      }
    } finally {
      for (Process p : processes.values()) {
        p.close();
      }
    }
    Map<Path, Long> lines = new LinkedHashMap<>();
    for (Process p : processes.values()) {
      lines.put(p.file, p.lines);
    }
    return new Written(lines, slow);
  }

  private void health(int i, long t) {
    Process gw = processes.get(i % 2 == 0 ? "gateway-1" : "gateway-2");
    String trace = traceId();
    pending.add(new Made(gw, trace, spanId(), null, "Gateway", "health", "internal", t, t + normal(0.3, 0.05), "SUCCESS", null));
  }

  private void purchase(int i, long t0) {
    Process gw = processes.get(i % 2 == 0 ? "gateway-1" : "gateway-2");
    String trace = traceId();
    String gwSpan = spanId();
    String orderSpan = spanId();
    long orderStart = t0 + normal(1.5, 0.3) + net();
    long y = orderStart + normal(0.8, 0.2);
    // quote and discount in parallel
    long quoteStart = y + net();
    long quoteEnd = quoteStart + normal(4, 0.8) + slow("CatalogService.quote");
    span(processes.get("catalog"), trace, orderSpan, "CatalogService", "quote", "server", quoteStart, quoteEnd, null);
    long discountStart = y + net();
    long discountEnd = discountStart + normal(3, 0.6) + slow("ResellerRules.discount");
    span(processes.get("reseller"), trace, orderSpan, "ResellerRules", "discount", "server", discountStart, discountEnd, null);
    y = Math.max(quoteEnd, discountEnd) + net();
    long saveStart = y + 100;
    long saveEnd = saveStart + normal(2, 0.4) + slow("OrderService.saveOrder");
    span(processes.get("order"), trace, orderSpan, "OrderService", "saveOrder", "internal", saveStart, saveEnd, null);
    y = saveEnd + normal(0.2, 0.05);
    // pay, with its debit inside
    String paySpan = spanId();
    long payStart = y + net();
    long debitStart = payStart + normal(1, 0.2);
    long debitEnd = debitStart + normal(3, 0.6) + slow("BalanceService.debit");
    span(processes.get("payment"), trace, paySpan, "BalanceService", "debit", "internal", debitStart, debitEnd, null);
    long payEnd = debitEnd + normal(0.5, 0.1) + slow("BalanceService.pay");
    String payCode = random.nextDouble() < 0.02 ? "InsufficientBalance" : null;
    pending.add(new Made(processes.get("payment"), trace, paySpan, orderSpan, "BalanceService", "pay", "server", payStart, payEnd,
        payCode == null ? "SUCCESS" : "REJECTED", payCode));
    y = payEnd + net();
    long provisionStart = y + net();
    long provisionEnd = provisionStart + normal(5, 1.0) + slow("InstanceLifecycle.provision");
    String provisionCode = random.nextDouble() < 0.005 ? "ProvisioningTimeout" : null;
    pending.add(new Made(processes.get("lifecycle"), trace, spanId(), orderSpan, "InstanceLifecycle", "provision", "server",
        provisionStart, provisionEnd, provisionCode == null ? "SUCCESS" : "ERROR", provisionCode));
    long orderEnd = provisionEnd + net() + normal(0.3, 0.06) + slow("OrderService.createInstance");
    pending.add(new Made(processes.get("order"), trace, orderSpan, gwSpan, "OrderService", "createInstance", "server", orderStart,
        orderEnd, provisionCode == null ? "SUCCESS" : "ERROR", provisionCode));
    long gwEnd = orderEnd + net() + normal(0.5, 0.1) + slow("Gateway.createInstance");
    pending.add(new Made(gw, trace, gwSpan, null, "Gateway", "createInstance", "internal", t0, gwEnd,
        provisionCode == null ? "SUCCESS" : "ERROR", provisionCode));
  }

  private void span(Process p, String trace, String parent, String service, String operation, String kind, long start, long end,
      String code) {
    pending.add(new Made(p, trace, spanId(), parent, service, operation, kind, start, end, code == null ? "SUCCESS" : "REJECTED", code));
  }

  /** Writes the spans made for the trace, in the order they ended (as the agent logs them). */
  private void flush() throws IOException {
    pending.sort((a, b) -> Long.compare(a.end(), b.end()));
    for (Made m : pending) {
      write(m);
    }
    pending.clear();
  }

  private void write(Made m) throws IOException {
    Process p = m.process();
    if (config.noise() && p.inServiceLog && random.nextDouble() < 0.3) {
      p.line(logPrefix(p, m.end(), "INFO", "o.a.d.r.p.d.DubboProtocol") + "[DUBBO] received request, dubbo version: 3.3.6");
    }
    if (config.noise() && random.nextDouble() < 0.001) {
      return; // a lost line
    }
    long startMillis = Math.floorDiv(m.start() + p.clockOffsetMicros, 1000);
    StringBuilder sb = new StringBuilder(320);
    sb.append("{\"ts\":\"").append(Instant.ofEpochMilli(startMillis)).append("\",\"traceId\":\"").append(m.traceId())
        .append("\",\"spanId\":\"").append(m.spanId()).append("\",\"parentSpanId\":")
        .append(m.parentSpanId() == null ? "null" : "\"" + m.parentSpanId() + "\"").append(",\"service\":\"")
        .append(m.service()).append("\",\"operation\":\"").append(m.operation()).append("\",\"outcome\":\"").append(m.outcome())
        .append("\",\"code\":").append(m.code() == null ? "null" : "\"" + m.code() + "\"").append(",\"latencyMicros\":")
        .append(m.end() - m.start()).append(",\"kind\":\"").append(m.kind()).append("\",\"fields\":{\"requestId\":\"r-")
        .append(m.traceId(), 0, 8).append("\",\"accountId\":\"").append(1000 + (m.traceId().charAt(9) & 0xf)).append("\"}}");
    String json = sb.toString();
    if (config.noise() && random.nextDouble() < 0.001) {
      json = json.substring(0, 20 + random.nextInt(json.length() - 40)); // a truncated line
    }
    String line = p.inServiceLog ? logPrefix(p, m.end(), "INFO", "cloudtrade.requests") + json : json;
    p.line(line);
    if (config.noise() && random.nextDouble() < 0.002) {
      p.line(line); // a duplicate
    }
  }

  private static String logPrefix(Process p, long micros, String level, String logger) {
    String time = LOG_TIME.format(LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
        (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC));
    return time + "  " + level + " 4242 --- [" + p.thread + "] " + logger + " : ";
  }

  private long slow(String link) {
    return slowNow && link.equals(config.slowLink()) ? Math.round(config.slowMillis() * 1000) : 0;
  }

  /** A normal random duration in microseconds, at least 50. */
  private long normal(double meanMillis, double sdMillis) {
    return Math.max(50, Math.round((meanMillis + random.nextGaussian() * sdMillis) * 1000));
  }

  /** One way over the network: about 0.3 ms. */
  private long net() {
    return normal(0.3, 0.05);
  }

  private String traceId() {
    return hex(random.nextLong()) + hex(random.nextLong());
  }

  private String spanId() {
    return hex(random.nextLong());
  }

  private static String hex(long v) {
    String s = Long.toHexString(v);
    return "0".repeat(16 - s.length()) + s;
  }

  private static long micros(Instant i) {
    return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
  }

  /**
   * {@code java -cp trace-analyzer.jar io.cloudtrade.traceanalyzer.SyntheticTraceLogs --out DIR [--traces N]
   * [--seed S] [--slow-link Service.operation] [--slow-share F] [--slow-ms MS] [--no-noise]}
   */
  public static void main(String[] args) throws IOException {
    Path out = null;
    int traces = 2000;
    long seed = 1;
    String slowLink = null;
    double share = 0.1;
    double ms = 40;
    boolean noise = true;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--out" -> out = Path.of(args[++i]);
          case "--traces" -> traces = Integer.parseInt(args[++i]);
          case "--seed" -> seed = Long.parseLong(args[++i]);
          case "--slow-link" -> slowLink = args[++i];
          case "--slow-share" -> share = Double.parseDouble(args[++i]);
          case "--slow-ms" -> ms = Double.parseDouble(args[++i]);
          case "--no-noise" -> noise = false;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (out == null) {
        throw new IllegalArgumentException("--out DIR is required");
      }
      Written w = write(out, new Config(traces, seed, slowLink, share, ms, noise));
      System.out.printf(Locale.ROOT, "wrote %d lines in %d files under %s (%d traces, %d with %s slower by %s ms)%n", w.lines(),
          w.linesPerFile().size(), out, traces, w.slowTraces(), slowLink == null ? "no link" : slowLink, ms);
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      System.err.println("synthetic-trace-logs: " + e.getMessage());
      System.exit(2);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
