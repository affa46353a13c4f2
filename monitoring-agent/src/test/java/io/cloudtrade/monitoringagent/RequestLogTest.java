package io.cloudtrade.monitoringagent;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestLogTest {
  private static String line(Span span, Classification c, CallKind kind, FieldValues fields) {
    StringBuilder sb = new StringBuilder();
    RequestLog.format(sb, Instant.parse("2026-11-25T06:01:02.045Z").toEpochMilli(), span, "OrderService", "placeOrder", c, 1834, kind, fields,
        1210, c.outcome() == RequestOutcome.REJECTED ? "AccountService.debit" : null);
    return sb.toString();
  }

  @Test
  void aLineIsOneJsonObjectWithTheStableKeysInOrder() {
    FieldValues fields = new FieldValues();
    fields.put("requestId", "r-42");
    fields.put("amount", "361.00 CNY");
    fields.put("note", null);
    Span span = new Span("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", "a3ce929d0e0e4736");
    String line = line(span, new Classification(RequestOutcome.REJECTED, "InsufficientBalance"), CallKind.SERVER, fields);

    assertThat(line).isEqualTo("{\"ts\":\"2026-11-25T06:01:02.045Z\",\"traceId\":\"4bf92f3577b34da6a3ce929d0e0e4736\","
        + "\"spanId\":\"00f067aa0ba902b7\",\"parentSpanId\":\"a3ce929d0e0e4736\",\"service\":\"OrderService\","
        + "\"operation\":\"placeOrder\",\"outcome\":\"REJECTED\",\"code\":\"InsufficientBalance\",\"latencyMicros\":1834,"
        + "\"kind\":\"server\",\"fields\":{\"requestId\":\"r-42\",\"amount\":\"361.00 CNY\",\"note\":null},"
        + "\"selfMicros\":1210,\"cause\":\"AccountService.debit\"}");
    assertThat(line).doesNotContain("\n");
  }

  @Test
  void aSuccessOfARootSpanHasNullCodeAndParent() {
    Span root = new Span("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", null);
    DocumentContext json = JsonPath.parse(line(root, Classification.SUCCESS, CallKind.INTERNAL, new FieldValues()));
    assertThat((Object) json.read("$.code")).isNull();
    assertThat((Object) json.read("$.parentSpanId")).isNull();
    assertThat(json.read("$.outcome", String.class)).isEqualTo("SUCCESS");
    assertThat(json.read("$.kind", String.class)).isEqualTo("internal");
    assertThat(json.read("$.fields", Map.class)).isEmpty();
    assertThat(json.read("$.selfMicros", Integer.class)).isEqualTo(1210);
    assertThat((Object) json.read("$.cause")).isNull();
  }

  @Test
  void theNewKeysComeLastSoThatOlderParsersKeepWorking() {
    String line = line(new Span("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", null), Classification.SUCCESS,
        CallKind.INTERNAL, new FieldValues());
    assertThat(line.indexOf("\"fields\"")).isLessThan(line.indexOf("\"selfMicros\"")).isLessThan(line.indexOf("\"cause\""));
    assertThat(line).endsWith(",\"selfMicros\":1210,\"cause\":null}");
  }

  @Test
  void valuesAreEscapedSoTheLineStaysOneValidJsonObject() {
    FieldValues fields = new FieldValues();
    String nasty = "a\"b\\c\nd\re\tf\u0001g\u2028h 中文";
    fields.put("comment", nasty);
    fields.put("key\"with\"quotes", "v");
    String line = line(new Span("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", null),
        new Classification(RequestOutcome.ERROR, "Weird\"Code"), CallKind.CONSUMER, fields);

    assertThat(line).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u2028");
    DocumentContext json = JsonPath.parse(line);
    assertThat(json.read("$.fields.comment", String.class)).isEqualTo(nasty);
    assertThat(json.read("$.code", String.class)).isEqualTo("Weird\"Code");
    assertThat(json.read("$.latencyMicros", Integer.class)).isEqualTo(1834);
  }

  @Test
  void timestampsAreUtcWithMillisecondsAlways() {
    StringBuilder sb = new StringBuilder();
    RequestLog.appendTimestamp(sb, Instant.parse("2026-01-02T03:04:05Z").toEpochMilli());
    sb.append(' ');
    RequestLog.appendTimestamp(sb, Instant.parse("2026-01-02T03:04:05.999Z").toEpochMilli());
    sb.append(' ');
    RequestLog.appendTimestamp(sb, Instant.parse("1999-12-31T23:59:59.007Z").toEpochMilli());
    assertThat(sb).hasToString("2026-01-02T03:04:05.000Z 2026-01-02T03:04:05.999Z 1999-12-31T23:59:59.007Z");
  }
}
