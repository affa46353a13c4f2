package io.cloudtrade.monitoringagent;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The request log: one line per recorded call, a single JSON object with stable keys in a fixed
 * order (later tools parse it; add keys only at the end, never rename):
 *
 * <pre>{@code
 * {"ts":"2026-11-25T06:01:02.345Z","traceId":"4bf92f3577b34da6a3ce929d0e0e4736","spanId":"00f067aa0ba902b7",
 *  "parentSpanId":null,"service":"OrderService","operation":"placeOrder","outcome":"REJECTED",
 *  "code":"InsufficientBalance","latencyMicros":1834,"kind":"server",
 *  "fields":{"requestId":"r-42","accountId":"1001","productCode":"ecs","amount":"361.00 CNY"},
 *  "selfMicros":1210,"cause":"AccountService.debit"}
 * }</pre>
 *
 * (one line in the log). {@code ts} is the start of the call, UTC, milliseconds; {@code parentSpanId}
 * and {@code code} are {@code null} when there is none (a root span, a success); {@code outcome} is
 * {@code SUCCESS}, {@code REJECTED} or {@code ERROR}; {@code kind} is {@code server}, {@code
 * consumer}, {@code internal} or {@code message}; every value in {@code fields} is a string or {@code
 * null}. {@code selfMicros} is the latency minus the time spent in outgoing calls ({@link
 * Downstream}); {@code cause} is the downstream link ({@code "Service.operation"}) the error or
 * rejection came from, {@code null} when it is the call's own (or a success).
 *
 * <p>Written by hand into a reused per-thread buffer, not through a JSON library: no reflection and
 * little garbage per call.
 */
public final class RequestLog {
  /** The SLF4J logger of the lines; give it its own appender with the pattern {@code %msg%n}. */
  public static final String LOGGER_NAME = "cloudtrade.requests";

  private static final int MAX_KEPT_BUFFER = 4096;
  private static final ThreadLocal<PerThread> PER_THREAD = ThreadLocal.withInitial(PerThread::new);

  private final RequestLogSink sink;

  public RequestLog(RequestLogSink sink) {
    this.sink = sink;
  }

  public boolean isEnabled() {
    return sink.isEnabled();
  }

  /** Formats the line and writes it to the sink (when the sink is enabled). */
  public void write(long startEpochMillis, Span span, String service, String operation, Classification outcome,
      long latencyMicros, CallKind kind, FieldValues fields, long selfMicros, String cause) {
    if (!sink.isEnabled()) {
      return;
    }
    PerThread t = PER_THREAD.get();
    StringBuilder sb = t.buffer;
    sb.setLength(0);
    format(sb, startEpochMillis, span, service, operation, outcome, latencyMicros, kind, fields, selfMicros, cause);
    String line = sb.toString();
    if (sb.capacity() > MAX_KEPT_BUFFER) {
      t.buffer = new StringBuilder(512);
    }
    sink.write(line);
  }

  /** Appends one line (without line break) to {@code sb}. */
  public static void format(StringBuilder sb, long startEpochMillis, Span span, String service, String operation,
      Classification outcome, long latencyMicros, CallKind kind, FieldValues fields, long selfMicros, String cause) {
    sb.append("{\"ts\":\"");
    appendTimestamp(sb, startEpochMillis);
    sb.append("\",\"traceId\":");
    string(sb, span == null ? null : span.traceId());
    sb.append(",\"spanId\":");
    string(sb, span == null ? null : span.spanId());
    sb.append(",\"parentSpanId\":");
    string(sb, span == null ? null : span.parentSpanId());
    sb.append(",\"service\":");
    string(sb, service);
    sb.append(",\"operation\":");
    string(sb, operation);
    sb.append(",\"outcome\":\"").append(outcome.outcome().name()).append('"');
    sb.append(",\"code\":");
    string(sb, outcome.code());
    sb.append(",\"latencyMicros\":").append(latencyMicros);
    sb.append(",\"kind\":\"").append(kind.label()).append('"');
    sb.append(",\"fields\":{");
    if (fields != null) {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        string(sb, fields.key(i));
        sb.append(':');
        string(sb, fields.value(i));
      }
    }
    sb.append("},\"selfMicros\":").append(selfMicros);
    sb.append(",\"cause\":");
    string(sb, cause);
    sb.append('}');
  }

  /** {@code yyyy-MM-ddTHH:mm:ss.SSSZ}, UTC; the part up to the second is cached per thread. */
  static void appendTimestamp(StringBuilder sb, long epochMillis) {
    long second = Math.floorDiv(epochMillis, 1000);
    int millis = (int) Math.floorMod(epochMillis, 1000);
    PerThread cache = PER_THREAD.get();
    if (cache.second != second) {
      LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
      StringBuilder s = new StringBuilder(19);
      pad(s, t.getYear(), 4).append('-');
      pad(s, t.getMonthValue(), 2).append('-');
      pad(s, t.getDayOfMonth(), 2).append('T');
      pad(s, t.getHour(), 2).append(':');
      pad(s, t.getMinute(), 2).append(':');
      pad(s, t.getSecond(), 2);
      cache.secondText = s.toString();
      cache.second = second;
    }
    sb.append(cache.secondText).append('.');
    pad(sb, millis, 3).append('Z');
  }

  private static StringBuilder pad(StringBuilder sb, int v, int width) {
    int digits = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : 5;
    for (int i = digits; i < width; i++) {
      sb.append('0');
    }
    return sb.append(v);
  }

  /** A JSON string (or {@code null}), escaped: quotes, backslashes, control characters, U+2028/9. */
  static void string(StringBuilder sb, String s) {
    if (s == null) {
      sb.append("null");
      return;
    }
    sb.append('"');
    int n = s.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      sb.append(s, start, i);
      start = i + 1;
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          sb.append("\\u");
          String hex = Integer.toHexString(c);
          for (int k = hex.length(); k < 4; k++) {
            sb.append('0');
          }
          sb.append(hex);
        }
      }
    }
    sb.append(s, start, n);
    sb.append('"');
  }

  /** The reused buffer and the last second formatted, per thread. */
  private static final class PerThread {
    StringBuilder buffer = new StringBuilder(512);
    long second = Long.MIN_VALUE;
    String secondText;
  }
}
