package io.cloudtrade.monitoringagent.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudtrade.monitoringagent.alerts.RulesJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fault-injection rules per link, as JSON: an object whose keys are links ({@code "Service.operation"},
 * or {@code "Service.*"} for every operation of a service) and whose values say what to do, each for a
 * percentage of the calls:
 *
 * <pre>{@code
 * {
 *   "PaymentService.pay":        {"delayMs": 800, "delayPercent": 100},
 *   "OrderService.placeOrder":   {"errorPercent": 50},
 *   "AccountService.*":          {"rejectCode": "InsufficientBalance", "rejectPercent": 30}
 * }
 * }</pre>
 *
 * {@code delayMs} (0 to 60000) is added before the call for {@code delayPercent} % of the calls
 * (default 100); then {@code errorPercent} % of the calls throw {@link InjectedFault} and {@code
 * rejectPercent} % are rejected with {@code rejectCode} (the two together at most 100). An empty
 * object: no faults. Anything else (unknown keys, percentages outside 0..100, a reject percentage
 * without a code) is refused with an {@link IllegalArgumentException}.
 */
public final class FaultRules {
  private static final RulesJson JSON = new RulesJson("fault-injection rules");
  private static final Set<String> KEYS = Set.of("delayMs", "delayPercent", "errorPercent", "rejectCode", "rejectPercent");
  private static final long MAX_DELAY_MS = 60_000;

  /** What to do to the calls of one link. */
  public record Rule(long delayMs, double delayPercent, double errorPercent, String rejectCode, double rejectPercent) {}

  private final Map<String, Rule> rules;

  private FaultRules(Map<String, Rule> rules) {
    this.rules = Map.copyOf(rules);
  }

  /** No faults. */
  public static FaultRules none() {
    return new FaultRules(Map.of());
  }

  /** Parses and checks a document (blank: none). */
  public static FaultRules parse(String json) {
    JsonNode root = JSON.root(json);
    Map<String, Rule> rules = new LinkedHashMap<>();
    root.fields().forEachRemaining(e -> {
      String link = e.getKey();
      if (link.isBlank() || !link.contains(".")) {
        throw JSON.fail(link, "is not a link: use \"Service.operation\" or \"Service.*\"");
      }
      JsonNode n = e.getValue();
      if (!n.isObject()) {
        throw JSON.fail(link, "must be an object");
      }
      JSON.onlyKeys(n, link, KEYS);
      Long delay = JSON.whole(n, link, "delayMs");
      Double delayPercent = JSON.number(n, link, "delayPercent");
      Double errorPercent = JSON.number(n, link, "errorPercent");
      String code = JSON.text(n, link, "rejectCode");
      Double rejectPercent = JSON.number(n, link, "rejectPercent");
      Rule r = new Rule(delay == null ? 0 : delay, delayPercent == null ? 100 : delayPercent,
          errorPercent == null ? 0 : errorPercent, code, rejectPercent == null ? 0 : rejectPercent);
      if (r.delayMs < 0 || r.delayMs > MAX_DELAY_MS) {
        throw JSON.fail(link + ".delayMs", "must be between 0 and " + MAX_DELAY_MS + ", got " + r.delayMs);
      }
      percent(link + ".delayPercent", r.delayPercent);
      percent(link + ".errorPercent", r.errorPercent);
      percent(link + ".rejectPercent", r.rejectPercent);
      if (r.rejectPercent > 0 && (code == null || code.isBlank())) {
        throw JSON.fail(link + ".rejectCode", "is required with rejectPercent");
      }
      if (r.errorPercent + r.rejectPercent > 100) {
        throw JSON.fail(link, "errorPercent + rejectPercent must be at most 100, got "
            + (r.errorPercent + r.rejectPercent));
      }
      if (r.delayMs == 0 && r.errorPercent == 0 && r.rejectPercent == 0) {
        throw JSON.fail(link, "does nothing: give delayMs, errorPercent or rejectPercent");
      }
      rules.put(link, r);
    });
    return new FaultRules(rules);
  }

  private static void percent(String where, double p) {
    if (!(p >= 0 && p <= 100)) {
      throw JSON.fail(where, "must be a percentage between 0 and 100, got " + p);
    }
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  public Map<String, Rule> rules() {
    return rules;
  }

  /** The rule of a link: its own, else its service's {@code Service.*}, else null. */
  Rule find(String link) {
    Rule r = rules.get(link);
    if (r != null) {
      return r;
    }
    int dot = link.indexOf('.');
    return dot < 0 ? null : rules.get(link.substring(0, dot) + ".*");
  }

  @Override
  public String toString() {
    return "FaultRules" + rules;
  }
}
