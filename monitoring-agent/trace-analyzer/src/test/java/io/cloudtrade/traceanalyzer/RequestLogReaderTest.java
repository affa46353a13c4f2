package io.cloudtrade.traceanalyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLogReaderTest {
  /** Exactly what the agent's RequestLog.format writes (monitoring-agent RequestLogTest). */
  static final String AGENT_LINE = "{\"ts\":\"2026-11-25T06:01:02.045Z\",\"traceId\":\"4bf92f3577b34da6a3ce929d0e0e4736\","
      + "\"spanId\":\"00f067aa0ba902b7\",\"parentSpanId\":\"a3ce929d0e0e4736\",\"service\":\"OrderService\","
      + "\"operation\":\"placeOrder\",\"outcome\":\"REJECTED\",\"code\":\"InsufficientBalance\",\"latencyMicros\":1834,"
      + "\"kind\":\"server\",\"fields\":{\"requestId\":\"r-42\",\"amount\":\"361.00 CNY\",\"note\":null}}";

  @TempDir
  Path dir;

  static String line(String ts, String trace, String span, String parent, String service, String op, long latency) {
    return "{\"ts\":\"" + ts + "\",\"traceId\":\"" + trace + "\",\"spanId\":\"" + span + "\",\"parentSpanId\":"
        + (parent == null ? "null" : "\"" + parent + "\"") + ",\"service\":\"" + service + "\",\"operation\":\"" + op
        + "\",\"outcome\":\"SUCCESS\",\"code\":null,\"latencyMicros\":" + latency + ",\"kind\":\"server\",\"fields\":{}}";
  }

  @Test
  void parsesTheAgentsLine() throws Exception {
    LineParser.Parsed p = new LineParser.Parsed();
    new LineParser().parse(AGENT_LINE, 0, p);
    assertThat(p.traceId).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(p.spanId).isEqualTo(0x00f067aa0ba902b7L);
    assertThat(p.hasParent).isTrue();
    assertThat(p.parentSpanId).isEqualTo(0xa3ce929d0e0e4736L);
    assertThat(p.service).isEqualTo("OrderService");
    assertThat(p.operation).isEqualTo("placeOrder");
    assertThat(p.kind).isEqualTo("server");
    assertThat(p.outcome).isEqualTo(Outcome.REJECTED);
    assertThat(p.latencyMicros).isEqualTo(1834);
    assertThat(p.startMicros).isEqualTo(Instant.parse("2026-11-25T06:01:02.045Z").toEpochMilli() * 1000);
  }

  @Test
  void timestampsInTheAgentsFormAndOtherIsoFormsAgree() throws Exception {
    LineParser parser = new LineParser();
    for (String ts : List.of("2026-11-25T06:01:02.045Z", "1999-12-31T23:59:59.999Z", "2028-02-29T00:00:00.000Z",
        "2026-11-25T06:01:02.046Z")) {
      assertThat(parser.timestampMicros(ts)).as(ts).isEqualTo(Instant.parse(ts).toEpochMilli() * 1000);
    }
    assertThat(parser.timestampMicros("2026-11-25T06:01:02Z")).isEqualTo(Instant.parse("2026-11-25T06:01:02Z").toEpochMilli() * 1000);
    assertThat(parser.timestampMicros("2026-11-25T06:01:02.123456Z"))
        .isEqualTo(Instant.parse("2026-11-25T06:01:02Z").toEpochMilli() * 1000 + 123_456);
    assertThatThrownBy(() -> parser.timestampMicros("2026-02-30T06:01:02.045Z")).isInstanceOf(LineParser.MalformedLine.class);
    assertThatThrownBy(() -> parser.timestampMicros("yesterday")).isInstanceOf(LineParser.MalformedLine.class);
  }

  @Test
  void readsLinesInsideServiceLogsSkipsOtherLinesAndCountsMalformedOnesWithoutStopping() throws IOException {
    String t = "0af7651916cd43dd8448eb211c80319c";
    List<String> lines = new ArrayList<>();
    lines.add("2026-11-25 06:01:02.100  INFO 4242 --- [main] o.s.b.StartupInfoLogger : Started OrderServer in 3.2 seconds");
    lines.add("2026-11-25 06:01:02.120  INFO 4242 --- [DubboServerHandler-1] cloudtrade.requests : "
        + line("2026-11-25T06:01:02.100Z", t, "b7ad6b7169203331", null, "Gateway", "createInstance", 5000));
    lines.add(line("2026-11-25T06:01:02.101Z", t, "00f067aa0ba902b7", "b7ad6b7169203331", "OrderService", "createInstance", 3000)
        + " trailing text");
    lines.add("{\"ts\":\"2026-11-25T06:01:02.101Z\",\"traceId\":\"" + t + "\",\"spanId\":\"00f0"); // truncated
    lines.add(line("2026-11-25T06:01:02.101Z", t, "1111111111111111", null, "X", "y", 5).replace("\"service\":\"X\",", ""));
    lines.add(line("2026-11-25T06:01:02.101Z", t, "2222222222222222", null, "X", "y", 5)
        .replace("\"latencyMicros\":5", "\"latencyMicros\":\"5\""));
    lines.add(line("not-a-time", t, "3333333333333333", null, "X", "y", 5));
    lines.add(line("2026-11-25T06:01:02.101Z", t, "4444444444444444", null, "X", "y", 5).replace("SUCCESS", "MAYBE"));
    lines.add(line("2026-11-25T06:01:02.101Z", t, "5555555555555555", null, "X", "y", -1));
    lines.add("");
    lines.add("\tat io.cloudtrade.Foo.bar(Foo.java:42)");
    Path file = dir.resolve("order.log");
    Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);

    TraceStore store = new TraceStore();
    RequestLogReader reader = new RequestLogReader(store, new Links());
    reader.read(file);

    InputStats s = reader.stats();
    assertThat(s.files()).isEqualTo(1);
    assertThat(s.lines()).isEqualTo(lines.size());
    assertThat(s.requestLines()).isEqualTo(8);
    assertThat(s.otherLines()).isEqualTo(3);
    assertThat(s.spans()).isEqualTo(2);
    assertThat(s.malformed()).isEqualTo(6);
    assertThat(s.malformedExamples()).hasSize(6);
    assertThat(s.malformedExamples().get(0)).startsWith(file + ":4: bad JSON");
    assertThat(s.malformedExamples()).anySatisfy(e -> assertThat(e).endsWith(":5: no service"))
        .anySatisfy(e -> assertThat(e).endsWith(":6: latencyMicros is not an integer"))
        .anySatisfy(e -> assertThat(e).endsWith(":7: ts is not an ISO-8601 instant"))
        .anySatisfy(e -> assertThat(e).endsWith(":8: outcome is not SUCCESS, REJECTED or ERROR"))
        .anySatisfy(e -> assertThat(e).endsWith(":9: negative latencyMicros"));
    assertThat(store.traceCount()).isEqualTo(1);
  }

  @Test
  void aTooLongLineIsSkippedWithoutBeingKept() throws IOException {
    String longLine = "x".repeat(500);
    LineReader r = new LineReader(new StringReader("short\n" + longLine + "\nafter\r\n\nlast"), 100);
    assertThat(r.next()).isEqualTo("short");
    assertThat(r.next()).isSameAs(LineReader.TOO_LONG);
    assertThat(r.next()).isEqualTo("after");
    assertThat(r.next()).isEqualTo("");
    assertThat(r.next()).isEqualTo("last");
    assertThat(r.next()).isNull();
  }

  @Test
  void directoriesAreWalkedForLogFilesAndGivenFilesAreReadWhateverTheirName() throws IOException {
    String t = "0af7651916cd43dd8448eb211c80319c";
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("gateway.log"), line("2026-11-25T06:01:02.100Z", t, "b7ad6b7169203331", null, "Gateway", "g", 9000) + "\n");
    Files.writeString(dir.resolve("a/order.json"),
        line("2026-11-25T06:01:02.101Z", t, "00f067aa0ba902b7", "b7ad6b7169203331", "OrderService", "o", 7000) + "\n");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("a/b/requests.2026-11-25.0.jsonl.gz")))) {
      out.write((line("2026-11-25T06:01:02.102Z", t, "1111111111111111", "00f067aa0ba902b7", "Pay", "p", 5000) + "\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("a/notes.txt"), line("2026-11-25T06:01:02.102Z", t, "2222222222222222", null, "X", "x", 1) + "\n");

    List<Path> walked = RequestLogReader.files(List.of(dir));
    assertThat(walked).containsExactlyInAnyOrder(dir.resolve("gateway.log"), dir.resolve("a/order.json"),
        dir.resolve("a/b/requests.2026-11-25.0.jsonl.gz"));
    List<Path> given = RequestLogReader.files(List.of(dir.resolve("a/notes.txt")));
    assertThat(given).containsExactly(dir.resolve("a/notes.txt"));
    assertThatThrownBy(() -> RequestLogReader.files(List.of(dir.resolve("nope.log")))).isInstanceOf(IOException.class);

    // one trace spread over three files, one of them gzipped: rebuilt as one chain
    TraceStore store = new TraceStore();
    Links links = new Links();
    RequestLogReader reader = new RequestLogReader(store, links);
    for (Path f : walked) {
      reader.read(f);
    }
    assertThat(store.traceCount()).isEqualTo(1);
    List<Trace> traces = new ArrayList<>();
    store.drain((id, spans) -> traces.add(Trace.rebuild(id, spans)));
    Trace trace = traces.get(0);
    assertThat(trace.syntheticRoot()).isFalse();
    assertThat(trace.size()).isEqualTo(3);
    assertThat(links.get(trace.link(trace.root())).name()).isEqualTo("Gateway.g");
    int order = trace.child(trace.root(), 0);
    assertThat(links.get(trace.link(order)).name()).isEqualTo("OrderService.o");
    assertThat(links.get(trace.link(trace.child(order, 0))).name()).isEqualTo("Pay.p");
  }
}
