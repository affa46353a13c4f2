package io.cloudtrade.traceanalyzer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Finds and parses the request-log object in one line. A line is a request-log line when it contains
 * {@code {"ts":}; whatever comes before it (a log pattern: time, level, thread, logger) and after the object is
 * ignored. Keys are read by name, in any order; unknown keys and {@code fields} are skipped. Not thread-safe (it
 * keeps the last parsed second).
 */
final class LineParser {
  /** What starts a request-log object in a line. */
  static final String MARKER = "{\"ts\":";

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private String lastSecondText;
  private long lastSecond;

  /** One parsed line; the same instance is reused for every line. */
  static final class Parsed {
    String traceId;
    long spanId;
    boolean hasParent;
    long parentSpanId;
    long startMicros;
    long latencyMicros;
    String service;
    String operation;
    String kind;
    Outcome outcome;
  }

  /** Thrown for a line that has the marker but is not a usable request-log object; the message says why. */
  static final class MalformedLine extends Exception {
    MalformedLine(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Where the request-log object starts in the line, or -1 when the line has none (an ordinary log line). */
  static int find(String line) {
    return line.indexOf(MARKER);
  }

  /** Parses the object starting at {@code at} (from {@link #find}) into {@code into}. */
  void parse(String line, int at, Parsed into) throws MalformedLine {
    String ts = null;
    String traceId = null;
    String spanId = null;
    String parentSpanId = null;
    String outcome = null;
    long latency = 0;
    boolean hasLatency = false;
    into.service = null;
    into.operation = null;
    into.kind = null;
    try (JsonParser p = JSON.createParser(at == 0 ? line : line.substring(at))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedLine("not a JSON object");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        switch (name) {
          case "ts" -> ts = text(p, v, name);
          case "traceId" -> traceId = text(p, v, name);
          case "spanId" -> spanId = text(p, v, name);
          case "parentSpanId" -> parentSpanId = text(p, v, name);
          case "service" -> into.service = text(p, v, name);
          case "operation" -> into.operation = text(p, v, name);
          case "outcome" -> outcome = text(p, v, name);
          case "kind" -> into.kind = text(p, v, name);
          case "latencyMicros" -> {
            if (v != JsonToken.VALUE_NUMBER_INT) {
              throw new MalformedLine("latencyMicros is not an integer");
            }
            latency = p.getLongValue();
            hasLatency = true;
          }
          default -> p.skipChildren();
        }
      }
      if (t != JsonToken.END_OBJECT) {
        throw new MalformedLine("not a JSON object");
      }
    } catch (JsonProcessingException e) {
      throw new MalformedLine("bad JSON: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new MalformedLine("bad JSON: " + e.getMessage());
    }
    require(ts, "ts");
    require(traceId, "traceId");
    require(spanId, "spanId");
    require(into.service, "service");
    require(into.operation, "operation");
    require(into.kind, "kind");
    if (traceId.isEmpty() || spanId.isEmpty()) {
      throw new MalformedLine("empty traceId or spanId");
    }
    if (!hasLatency) {
      throw new MalformedLine("no latencyMicros");
    }
    if (latency < 0) {
      throw new MalformedLine("negative latencyMicros");
    }
    into.outcome = Outcome.parse(outcome);
    if (into.outcome == null) {
      throw new MalformedLine("outcome is not SUCCESS, REJECTED or ERROR");
    }
    into.traceId = traceId;
    into.spanId = SpanIds.toLong(spanId);
    into.hasParent = parentSpanId != null;
    into.parentSpanId = parentSpanId == null ? 0 : SpanIds.toLong(parentSpanId);
    into.startMicros = timestampMicros(ts);
    into.latencyMicros = latency;
  }

  private static String text(JsonParser p, JsonToken v, String name) throws IOException, MalformedLine {
    if (v == JsonToken.VALUE_NULL) {
      return null;
    }
    if (v != JsonToken.VALUE_STRING) {
      throw new MalformedLine(name + " is not a string");
    }
    return p.getText();
  }

  private static void require(String value, String name) throws MalformedLine {
    if (value == null) {
      throw new MalformedLine("no " + name);
    }
  }

  /** Jackson's message without the location part (the report gives file and line). */
  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int cut = s.length();
    for (String end : new String[] {"\n", " (start marker", " at [Source"}) {
      int at = s.indexOf(end);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return s.substring(0, cut);
  }

  /**
   * Microseconds since the epoch of {@code ts}. The agent's form {@code yyyy-MM-ddTHH:mm:ss.SSSZ} is read by hand
   * (the second part cached); any other ISO-8601 instant through {@link Instant#parse}.
   */
  long timestampMicros(String ts) throws MalformedLine {
    if (ts.length() == 24 && ts.charAt(19) == '.' && ts.charAt(23) == 'Z') {
      int millis = digits(ts, 20, 3);
      if (millis >= 0) {
        if (lastSecondText == null || !ts.regionMatches(0, lastSecondText, 0, 19)) {
          lastSecond = epochSecond(ts);
          lastSecondText = ts.substring(0, 19);
        }
        return lastSecond * 1_000_000L + millis * 1000L;
      }
    }
    try {
      Instant i = Instant.parse(ts);
      return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new MalformedLine("ts is not an ISO-8601 instant");
    }
  }

  private static long epochSecond(String ts) throws MalformedLine {
    if (ts.charAt(4) != '-' || ts.charAt(7) != '-' || ts.charAt(10) != 'T' || ts.charAt(13) != ':' || ts.charAt(16) != ':') {
      throw new MalformedLine("ts is not an ISO-8601 instant");
    }
    int year = digits(ts, 0, 4);
    int month = digits(ts, 5, 2);
    int day = digits(ts, 8, 2);
    int hour = digits(ts, 11, 2);
    int minute = digits(ts, 14, 2);
    int second = digits(ts, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      throw new MalformedLine("ts is not an ISO-8601 instant");
    }
    try {
      return LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second;
    } catch (DateTimeException e) {
      throw new MalformedLine("ts is not an ISO-8601 instant");
    }
  }

  /** The decimal number of {@code n} digits at {@code from}, or -1 when one of them is not a digit. */
  private static int digits(String s, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
