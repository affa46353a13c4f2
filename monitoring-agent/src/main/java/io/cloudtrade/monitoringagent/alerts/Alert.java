package io.cloudtrade.monitoringagent.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One alert as it stands (an immutable snapshot): what (kind, link, product, code), since when, how
 * bad, a few offending calls, and the impact.
 *
 * @param id stable for the rule, link and code while it fires: {@code KIND/severity/Service.operation[/code]@since}
 * @param severity {@code page} or {@code ticket}
 * @param link {@code "Service.operation"}: the faulty link (its own errors, its own slowness, codes it originated)
 * @param product the product most affected (the worst slice that meets the condition; the only product of
 *     the link; or null when the link as a whole meets it and no single product does)
 * @param products every product whose own calls meet the condition (empty: only the whole link does)
 * @param code the surging code (CODE_SURGE), or the most frequent own error code (AVAILABILITY), or null
 * @param since when the condition started to hold (the evaluation that fired it)
 * @param lastHeld the last evaluation at which the condition held
 * @param resolvedAt when it resolved, or null while firing
 * @param notifications how many times it was announced (1, then reminders after the re-notify interval)
 * @param howBad the numbers of the condition (windows, ratios, burn rates, baseline): see the README
 * @param samples a few recent offending calls
 * @param summary one line for people
 */
public record Alert(
    String id,
    AlertKind kind,
    String severity,
    State state,
    String service,
    String operation,
    String link,
    String product,
    List<String> products,
    String code,
    Instant since,
    Instant lastHeld,
    Instant resolvedAt,
    int notifications,
    Map<String, Object> howBad,
    List<Sample> samples,
    Impact impact,
    String summary) {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  public enum State { FIRING, RESOLVED }

  /** An offending call: when it ended, its request id (a business field) and its trace id. */
  public record Sample(Instant at, String requestId, String traceId) {}

  /**
   * Who and what the offending calls touched (from the business fields of the calls counted against
   * the alert: those of its long window when it fired, and every one since).
   *
   * @param calls offending calls seen
   * @param accounts distinct {@code accountId}s (exact while {@code accountsExact}, else a lower bound)
   * @param orders distinct {@code orderId}s (exact while {@code ordersExact}, else a lower bound)
   * @param amounts the {@code amount} fields summed per currency, once per order (or request)
   * @param complete false when offending calls were dropped (more than the evaluator buffers per second)
   * @param causedDownstream the same link's symptoms of the same kind that a downstream link caused
   *     (errors, slow calls, passed-through codes) in the alert's window: context, not counted
   */
  public record Impact(long calls, long accounts, boolean accountsExact, long orders, boolean ordersExact,
      Map<String, BigDecimal> amounts, boolean complete, long causedDownstream) {
    public Impact {
      amounts = Map.copyOf(amounts);
    }
  }

  public Alert {
    products = List.copyOf(products);
    samples = List.copyOf(samples);
    howBad = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(howBad));
  }

  public boolean firing() {
    return state == State.FIRING;
  }

  /** Plain values only (strings, numbers, booleans, lists, maps), keys in a stable order: for JSON. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("kind", kind.name());
    m.put("severity", severity);
    m.put("state", state.name());
    m.put("service", service);
    m.put("operation", operation);
    m.put("link", link);
    m.put("product", product);
    m.put("products", products);
    m.put("code", code);
    m.put("since", since.toString());
    m.put("lastHeld", lastHeld.toString());
    m.put("resolvedAt", resolvedAt == null ? null : resolvedAt.toString());
    m.put("notifications", notifications);
    m.put("summary", summary);
    m.put("howBad", plain(howBad));
    List<Map<String, Object>> s = new ArrayList<>();
    for (Sample sample : samples) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("at", sample.at().toString());
      x.put("requestId", sample.requestId());
      x.put("traceId", sample.traceId());
      s.add(x);
    }
    m.put("samples", s);
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("calls", impact.calls());
    i.put("accounts", impact.accounts());
    i.put("accountsExact", impact.accountsExact());
    i.put("orders", impact.orders());
    i.put("ordersExact", impact.ordersExact());
    Map<String, Object> amounts = new LinkedHashMap<>();
    impact.amounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> amounts.put(e.getKey(), e.getValue().toPlainString()));
    i.put("amounts", amounts);
    i.put("complete", impact.complete());
    i.put("causedDownstream", impact.causedDownstream());
    m.put("impact", i);
    return m;
  }

  /** The alert as one line of JSON ({@link #toMap()}). */
  public String toJson() {
    try {
      return JSON.writeValueAsString(toMap());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render alert " + id, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object plain(Object v) {
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
      return out;
    }
    if (v instanceof Duration d) {
      return Windows.format(d);
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    if (v instanceof Instant t) {
      return t.toString();
    }
    return v;
  }
}
