package io.cloudtrade.monitoringagent.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the alert evaluator: immutable, validated when made. Defaults come from {@link
 * AlertProperties} ({@code cloudtrade.monitoring.alerts.*}); {@link #parse} reads a JSON document of
 * overrides (a ZooKeeper node, the {@code rules} property), every key optional:
 *
 * <pre>{@code
 * {
 *   "availabilityObjective": 0.999, "latencyObjective": 0.99, "latencyThresholdMs": 300,
 *   "minCallsLong": 30, "minCallsShort": 5, "minBadCalls": 3,
 *   "page":   {"long": "5m", "short": "30s", "burnRate": 14.4, "holdFor": "0s"},
 *   "ticket": {"long": "1h", "short": "5m",  "burnRate": 6, "holdFor": "2m"},
 *   "code": {"shortWindow": "1m", "baselineWindow": "30m", "minCount": 10, "floor": 0.05, "factor": 4,
 *            "minBaselineCalls": 300, "severity": "page"},
 *   "resolveDelay": "2m", "renotifyInterval": "30m",
 *   "products": {"ecs": {"latencyThresholdMs": 800}},
 *   "links": {"PaymentService.pay": {"latencyThresholdMs": 1500, "availabilityObjective": 0.9995},
 *             "Gateway.GET /health": {"enabled": false}},
 *   "codes": {"InsufficientBalance": {"floor": 0.5, "minCount": 30}, "HTTP_404": {"enabled": false}}
 * }
 * }</pre>
 *
 * A key absent from the document keeps the properties' value; the {@code products}, {@code links}
 * and {@code codes} of a document are the complete set of overrides (a new document replaces the
 * previous one). For a call of link {@code L} (its {@code "Service.operation"}) and product {@code
 * P}: the defaults, then {@code products.P}, then {@code links.L} (the most specific wins). Keys of a
 * link rule (top level, {@code products.*}, {@code links.*}): {@code enabled}, {@code
 * availabilityObjective}, {@code latencyObjective}, {@code latencyThresholdMs}, {@code minCallsLong},
 * {@code minCallsShort}, {@code minBadCalls}. Keys of a code rule ({@code code}, {@code codes.*}):
 * {@code enabled}, {@code minCount}, {@code floor}, {@code factor}, {@code minBaselineCalls}, {@code
 * severity}; the code windows only in {@code code}.
 *
 * <p>Refused with an {@link IllegalArgumentException} that says where and why: unknown keys, values
 * of the wrong type, objectives outside (0, 1), negative thresholds or counts, a short window not
 * shorter than its long one, windows beyond what the evaluator keeps (tiers 4h, code short window 2m,
 * code baseline 1h), and a tier whose burn rate times an error budget reaches 1 (it could never fire).
 */
public final class AlertRules {
  public static final String PAGE = "page";
  public static final String TICKET = "ticket";
  /** The longest tier window: the evaluator keeps per-minute counts for a little more. */
  static final Duration MAX_TIER_WINDOW = Duration.ofHours(4);
  static final Duration MAX_CODE_SHORT_WINDOW = Duration.ofMinutes(2);
  static final Duration MAX_CODE_BASELINE_WINDOW = Duration.ofHours(1);

  private static final RulesJson JSON = new RulesJson("alert rules");
  private static final Set<String> TOP_KEYS = Set.of("enabled", "availabilityObjective", "latencyObjective",
      "latencyThresholdMs", "minCallsLong", "minCallsShort", "minBadCalls", "page", "ticket", "code", "resolveDelay",
      "renotifyInterval", "products", "links", "codes");
  private static final Set<String> LINK_KEYS = Set.of("enabled", "availabilityObjective", "latencyObjective",
      "latencyThresholdMs", "minCallsLong", "minCallsShort", "minBadCalls");
  private static final Set<String> TIER_KEYS = Set.of("enabled", "long", "short", "burnRate", "holdFor");
  private static final Set<String> CODE_KEYS =
      Set.of("shortWindow", "baselineWindow", "enabled", "minCount", "floor", "factor", "minBaselineCalls", "severity");
  private static final Set<String> CODE_OVERRIDE_KEYS =
      Set.of("enabled", "minCount", "floor", "factor", "minBaselineCalls", "severity");

  /**
   * A burn-rate tier ({@code page} or {@code ticket}).
   *
   * @param holdFor how long the condition must hold before the alert is announced (Prometheus' {@code
   *     for}): the ticket waits 2 minutes, so that an incident the page catches (its ticket is then
   *     not announced) does not raise a ticket first in a process younger than the ticket's hour
   */
  public record Tier(String severity, boolean enabled, Duration longWindow, Duration shortWindow, double burnRate,
      Duration holdFor) {}

  /**
   * What applies to the calls of one link (and product).
   *
   * @param latencyThreshold a call whose self latency exceeds it is slow
   * @param minCallsLong no burn alert with fewer calls in the long window
   * @param minCallsShort nor with fewer in the short window
   * @param minBadCalls nor with fewer bad calls (own errors, slow calls) in the long window: a single
   *     failed call among 30 would otherwise burn 33 times a 99.9% budget
   */
  public record LinkRule(boolean enabled, double availabilityObjective, double latencyObjective,
      Duration latencyThreshold, long minCallsLong, long minCallsShort, long minBadCalls) {
    public long latencyThresholdNanos() {
      return latencyThreshold.toNanos();
    }
  }

  /**
   * What applies to one business error code.
   *
   * @param minCount no alert with fewer own rejections in the short window
   * @param floor the short ratio must exceed at least this
   * @param factor and the baseline ratio times this
   * @param minBaselineCalls no alert before the baseline window holds this many calls of the link (a
   *     rate is only compared with a baseline that says something)
   */
  public record CodeRule(boolean enabled, long minCount, double floor, double factor, long minBaselineCalls,
      String severity) {}

  /** Values set for a product or a link; null: not set. */
  private record LinkOverride(Boolean enabled, Double availabilityObjective, Double latencyObjective,
      Duration latencyThreshold, Long minCallsLong, Long minCallsShort, Long minBadCalls) {
    LinkRule over(LinkRule r) {
      return new LinkRule(
          enabled != null ? enabled : r.enabled,
          availabilityObjective != null ? availabilityObjective : r.availabilityObjective,
          latencyObjective != null ? latencyObjective : r.latencyObjective,
          latencyThreshold != null ? latencyThreshold : r.latencyThreshold,
          minCallsLong != null ? minCallsLong : r.minCallsLong,
          minCallsShort != null ? minCallsShort : r.minCallsShort,
          minBadCalls != null ? minBadCalls : r.minBadCalls);
    }
  }

  private record CodeOverride(Boolean enabled, Long minCount, Double floor, Double factor, Long minBaselineCalls,
      String severity) {
    CodeRule over(CodeRule r) {
      return new CodeRule(
          enabled != null ? enabled : r.enabled,
          minCount != null ? minCount : r.minCount,
          floor != null ? floor : r.floor,
          factor != null ? factor : r.factor,
          minBaselineCalls != null ? minBaselineCalls : r.minBaselineCalls,
          severity != null ? severity : r.severity);
    }
  }

  private final LinkRule link;
  private final Tier page;
  private final Tier ticket;
  private final Duration codeShortWindow;
  private final Duration codeBaselineWindow;
  private final CodeRule code;
  private final Duration resolveDelay;
  private final Duration renotifyInterval;
  private final Map<String, LinkOverride> products;
  private final Map<String, LinkOverride> links;
  private final Map<String, CodeOverride> codes;
  /** The tightest latency threshold of all rules: calls faster than it are never slow. */
  private final long minLatencyThresholdNanos;

  private AlertRules(LinkRule link, Tier page, Tier ticket, Duration codeShortWindow, Duration codeBaselineWindow,
      CodeRule code, Duration resolveDelay, Duration renotifyInterval, Map<String, LinkOverride> products,
      Map<String, LinkOverride> links, Map<String, CodeOverride> codes) {
    this.link = link;
    this.page = page;
    this.ticket = ticket;
    this.codeShortWindow = codeShortWindow;
    this.codeBaselineWindow = codeBaselineWindow;
    this.code = code;
    this.resolveDelay = resolveDelay;
    this.renotifyInterval = renotifyInterval;
    this.products = Map.copyOf(products);
    this.links = Map.copyOf(links);
    this.codes = Map.copyOf(codes);
    validate();
    long min = link.latencyThresholdNanos();
    for (LinkOverride o : products.values()) {
      min = o.latencyThreshold == null ? min : Math.min(min, o.latencyThreshold.toNanos());
    }
    for (LinkOverride o : links.values()) {
      min = o.latencyThreshold == null ? min : Math.min(min, o.latencyThreshold.toNanos());
    }
    this.minLatencyThresholdNanos = min;
  }

  /** The built-in defaults (those of {@link AlertProperties#defaults()}), no overrides. */
  public static AlertRules defaults() {
    return base(AlertProperties.defaults());
  }

  /** The rules of the properties: their defaults and their {@code rules} JSON. */
  public static AlertRules from(AlertProperties p) {
    AlertRules base = base(p);
    return p.rules().isBlank() ? base : parse(p.rules(), base);
  }

  /** The defaults of the properties alone (without their {@code rules} JSON): what a document overrides. */
  public static AlertRules base(AlertProperties p) {
    AlertProperties.CodeProperties c = p.code();
    return new AlertRules(
        new LinkRule(true, p.availabilityObjective(), p.latencyObjective(), p.latencyThreshold(), p.minCallsLong(),
            p.minCallsShort(), p.minBadCalls()),
        tier(PAGE, p.page()), tier(TICKET, p.ticket()), c.shortWindow(), c.baselineWindow(),
        new CodeRule(true, c.minCount(), c.floor(), c.factor(), c.minBaselineCalls(), c.severity()),
        p.resolveDelay(), p.renotifyInterval(), Map.of(), Map.of(), Map.of());
  }

  private static Tier tier(String severity, AlertProperties.TierProperties t) {
    return new Tier(severity, t.enabled(), t.longWindow(), t.shortWindow(), t.burnRate(), t.holdFor());
  }

  /** A document over the built-in defaults. */
  public static AlertRules parse(String json) {
    return parse(json, defaults());
  }

  /**
   * A document over {@code base}: keys absent keep the base's values; products, links and codes are
   * those of the document only.
   *
   * @throws IllegalArgumentException what is wrong and where
   */
  public static AlertRules parse(String json, AlertRules base) {
    JsonNode root = JSON.root(json);
    JSON.onlyKeys(root, "", TOP_KEYS);
    LinkRule link = linkOverride(root, "").over(base.link);
    Tier page = tier(root, "page", base.page);
    Tier ticket = tier(root, "ticket", base.ticket);
    JsonNode c = JSON.object(root, "", "code");
    Duration codeShort = base.codeShortWindow;
    Duration codeBaseline = base.codeBaselineWindow;
    CodeRule code = base.code;
    if (c != null) {
      JSON.onlyKeys(c, "code", CODE_KEYS);
      codeShort = orElse(JSON.duration(c, "code", "shortWindow"), codeShort);
      codeBaseline = orElse(JSON.duration(c, "code", "baselineWindow"), codeBaseline);
      code = codeOverride(c, "code").over(code);
    }
    Duration resolveDelay = orElse(JSON.duration(root, "", "resolveDelay"), base.resolveDelay);
    Duration renotify = orElse(JSON.duration(root, "", "renotifyInterval"), base.renotifyInterval);
    Map<String, LinkOverride> products = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : JSON.entries(root, "", "products")) {
      products.put(e.getKey(), linkOverride(e.getValue(), "products." + e.getKey()));
    }
    Map<String, LinkOverride> links = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : JSON.entries(root, "", "links")) {
      links.put(e.getKey(), linkOverride(e.getValue(), "links." + e.getKey()));
    }
    Map<String, CodeOverride> codes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : JSON.entries(root, "", "codes")) {
      JSON.onlyKeys(e.getValue(), "codes." + e.getKey(), CODE_OVERRIDE_KEYS);
      codes.put(e.getKey(), codeOverride(e.getValue(), "codes." + e.getKey()));
    }
    return new AlertRules(link, page, ticket, codeShort, codeBaseline, code, resolveDelay, renotify, products, links,
        codes);
  }

  private static LinkOverride linkOverride(JsonNode n, String path) {
    if (!path.isEmpty()) {
      JSON.onlyKeys(n, path, LINK_KEYS);
    }
    Long ms = JSON.whole(n, path, "latencyThresholdMs");
    return new LinkOverride(JSON.bool(n, path, "enabled"), JSON.number(n, path, "availabilityObjective"),
        JSON.number(n, path, "latencyObjective"), ms == null ? null : Duration.ofMillis(ms),
        JSON.whole(n, path, "minCallsLong"), JSON.whole(n, path, "minCallsShort"), JSON.whole(n, path, "minBadCalls"));
  }

  private static CodeOverride codeOverride(JsonNode n, String path) {
    return new CodeOverride(JSON.bool(n, path, "enabled"), JSON.whole(n, path, "minCount"),
        JSON.number(n, path, "floor"), JSON.number(n, path, "factor"), JSON.whole(n, path, "minBaselineCalls"),
        JSON.text(n, path, "severity"));
  }

  private static Tier tier(JsonNode root, String key, Tier base) {
    JsonNode t = JSON.object(root, "", key);
    if (t == null) {
      return base;
    }
    JSON.onlyKeys(t, key, TIER_KEYS);
    return new Tier(base.severity, orElse(JSON.bool(t, key, "enabled"), base.enabled),
        orElse(JSON.duration(t, key, "long"), base.longWindow), orElse(JSON.duration(t, key, "short"), base.shortWindow),
        orElse(JSON.number(t, key, "burnRate"), base.burnRate), orElse(JSON.duration(t, key, "holdFor"), base.holdFor));
  }

  private static <T> T orElse(T value, T otherwise) {
    return value != null ? value : otherwise;
  }

  private void validate() {
    checkLink("", link);
    for (Tier t : tiers()) {
      String p = t.severity;
      if (t.longWindow == null || t.shortWindow == null || t.burnRate <= 0 || !Double.isFinite(t.burnRate)) {
        throw JSON.fail(p, "needs a long and a short window and a positive burnRate, got " + t);
      }
      checkWindow(p + ".short", t.shortWindow, Duration.ofSeconds(1), MAX_TIER_WINDOW);
      checkWindow(p + ".long", t.longWindow, Duration.ofSeconds(2), MAX_TIER_WINDOW);
      if (t.holdFor == null || t.holdFor.isNegative() || t.holdFor.compareTo(Duration.ofHours(1)) > 0) {
        throw JSON.fail(p + ".holdFor", "must be between 0 and 1h, got " + t.holdFor);
      }
      if (t.shortWindow.compareTo(t.longWindow) >= 0) {
        throw JSON.fail(p, "short window " + t.shortWindow + " must be shorter than the long window " + t.longWindow);
      }
    }
    checkWindow("code.shortWindow", codeShortWindow, Duration.ofSeconds(1), MAX_CODE_SHORT_WINDOW);
    checkWindow("code.baselineWindow", codeBaselineWindow, Duration.ofMinutes(1), MAX_CODE_BASELINE_WINDOW);
    checkCode("code", code);
    if (resolveDelay == null || resolveDelay.isNegative() || resolveDelay.compareTo(Duration.ofHours(1)) > 0) {
      throw JSON.fail("resolveDelay", "must be between 0 and 1h, got " + resolveDelay);
    }
    if (renotifyInterval == null || renotifyInterval.compareTo(Duration.ofMinutes(1)) < 0) {
      throw JSON.fail("renotifyInterval", "must be at least 1m, got " + renotifyInterval);
    }
    for (Map.Entry<String, LinkOverride> e : products.entrySet()) {
      checkLink("products." + e.getKey(), e.getValue().over(link));
    }
    for (Map.Entry<String, LinkOverride> e : links.entrySet()) {
      checkLink("links." + e.getKey(), e.getValue().over(link));
      for (Map.Entry<String, LinkOverride> p : products.entrySet()) {
        checkLink("links." + e.getKey() + " with products." + p.getKey(), e.getValue().over(p.getValue().over(link)));
      }
    }
    for (Map.Entry<String, CodeOverride> e : codes.entrySet()) {
      checkCode("codes." + e.getKey(), e.getValue().over(code));
    }
  }

  private void checkLink(String path, LinkRule r) {
    String p = path.isEmpty() ? "" : path + ".";
    checkObjective(p + "availabilityObjective", r.availabilityObjective);
    checkObjective(p + "latencyObjective", r.latencyObjective);
    if (r.latencyThreshold == null || r.latencyThreshold.isNegative()) {
      throw JSON.fail(p + "latencyThresholdMs", "must not be negative, got " + r.latencyThreshold);
    }
    if (r.latencyThreshold.isZero()) {
      throw JSON.fail(p + "latencyThresholdMs", "must be positive");
    }
    if (r.minCallsLong < 0) {
      throw JSON.fail(p + "minCallsLong", "must not be negative, got " + r.minCallsLong);
    }
    if (r.minCallsShort < 0) {
      throw JSON.fail(p + "minCallsShort", "must not be negative, got " + r.minCallsShort);
    }
    if (r.minBadCalls < 0) {
      throw JSON.fail(p + "minBadCalls", "must not be negative, got " + r.minBadCalls);
    }
    for (Tier t : tiers()) {
      if (!t.enabled) {
        continue;
      }
      for (double objective : new double[] {r.availabilityObjective, r.latencyObjective}) {
        if (t.burnRate * (1 - objective) >= 1) {
          throw JSON.fail(path.isEmpty() ? t.severity : path, "objective " + objective + " with the " + t.severity
              + " burn rate " + t.burnRate + " needs an error ratio above 100%: the alert could never fire");
        }
      }
    }
  }

  private static void checkObjective(String where, double objective) {
    if (!(objective > 0 && objective < 1)) {
      throw JSON.fail(where, "must be between 0 and 1 (exclusive), e.g. 0.999; got " + objective);
    }
  }

  private static void checkCode(String path, CodeRule r) {
    if (r.minCount < 0) {
      throw JSON.fail(path + ".minCount", "must not be negative, got " + r.minCount);
    }
    if (!(r.floor >= 0 && r.floor < 1)) {
      throw JSON.fail(path + ".floor", "must be a ratio in [0, 1), got " + r.floor);
    }
    if (!(r.factor >= 0) || !Double.isFinite(r.factor)) {
      throw JSON.fail(path + ".factor", "must not be negative, got " + r.factor);
    }
    if (r.minBaselineCalls < 0) {
      throw JSON.fail(path + ".minBaselineCalls", "must not be negative, got " + r.minBaselineCalls);
    }
    if (!PAGE.equals(r.severity) && !TICKET.equals(r.severity)) {
      throw JSON.fail(path + ".severity", "must be \"page\" or \"ticket\", got " + r.severity);
    }
  }

  private static void checkWindow(String where, Duration d, Duration min, Duration max) {
    if (d == null || d.compareTo(min) < 0 || d.compareTo(max) > 0) {
      throw JSON.fail(where, "must be between " + min + " and " + max + ", got " + d);
    }
    if (d.toMillis() % 1000 != 0) {
      throw JSON.fail(where, "must be whole seconds, got " + d);
    }
  }

  /** The rule of a link's calls of one product ({@code product} null: the link as a whole). */
  public LinkRule forLink(String link, String product) {
    LinkRule r = this.link;
    if (product != null) {
      LinkOverride p = products.get(product);
      if (p != null) {
        r = p.over(r);
      }
    }
    LinkOverride l = links.get(link);
    return l == null ? r : l.over(r);
  }

  /** The rule of a business error code. */
  public CodeRule forCode(String code) {
    CodeOverride o = codes.get(code);
    return o == null ? this.code : o.over(this.code);
  }

  public LinkRule defaultLinkRule() {
    return link;
  }

  public Tier page() {
    return page;
  }

  public Tier ticket() {
    return ticket;
  }

  /** The tier of a severity, or null. */
  Tier tier(String severity) {
    return PAGE.equals(severity) ? page : TICKET.equals(severity) ? ticket : null;
  }

  /** The tiers, most severe first. */
  public List<Tier> tiers() {
    return List.of(page, ticket);
  }

  public Duration codeShortWindow() {
    return codeShortWindow;
  }

  public Duration codeBaselineWindow() {
    return codeBaselineWindow;
  }

  public Duration resolveDelay() {
    return resolveDelay;
  }

  public Duration renotifyInterval() {
    return renotifyInterval;
  }

  long minLatencyThresholdNanos() {
    return minLatencyThresholdNanos;
  }

  @Override
  public String toString() {
    return "AlertRules[link=" + link + ", page=" + page + ", ticket=" + ticket + ", codeWindows=" + codeShortWindow
        + "/" + codeBaselineWindow + ", code=" + code + ", resolveDelay=" + resolveDelay + ", renotify="
        + renotifyInterval + ", products=" + products.keySet() + ", links=" + links.keySet() + ", codes="
        + codes.keySet() + "]";
  }
}
