package io.cloudtrade.monitoringagent.alerts;

import io.cloudtrade.monitoringagent.Classification;
import io.cloudtrade.monitoringagent.FieldValues;
import io.cloudtrade.monitoringagent.RequestMetrics;
import io.cloudtrade.monitoringagent.RequestOutcome;
import io.cloudtrade.monitoringagent.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in alert evaluator: fed every recorded call by {@link
 * io.cloudtrade.monitoringagent.RequestRecorder}, evaluated every second (the starter's daemon, or
 * {@link #evaluate(Instant)} with any clock).
 *
 * <p><b>Counting (hot path).</b> Per link ({@code Service.operation}) and product (the metric's bounded
 * {@code product} tag) and per code (the bounded {@code code} tag): per-second buckets for the last
 * {@value #LINK_FINE} s and per-minute buckets for the last {@value #LINK_COARSE} min, in rings of
 * buckets swapped by compare-and-set and counted with atomic adds; no lock. Counted: calls, own errors
 * (an {@code ERROR} not caused downstream), slow calls (self latency above the link's threshold; errors
 * excluded), and the symptoms a downstream link caused (for context). An offending call (own error,
 * slow, own rejection) also leaves its business fields in a small ring for samples and impact.
 *
 * <p><b>Availability and latency</b>: multi-window, multi-burn-rate (SRE workbook, ch. 5). Burn rate =
 * bad ratio / error budget (1 - objective). A tier fires when the burn rate exceeds its threshold in
 * both its long and its short window, each window having at least its minimum number of calls (and
 * the long one at least {@code minBadCalls} bad calls: one failed call never pages). The
 * page tier is 5m/30s at 14.4 (the workbook's 1h/5m is too slow for detection within a minute); the
 * ticket tier 1h/5m at 6. A total outage (every call an own error) at a steady rate burns a 99.9%
 * objective's 5m window past 14.4 once 300 s x 0.0144 = 4.3 s of it are in the window: the page fires
 * at the evaluation 5 s in. Total slowness of a 99% latency objective needs 300 s x 0.144 = 43.2 s,
 * so the page fires about 44 s in (plus the threshold itself: a call counts when it ends). An alert is
 * announced once its condition held for the tier's {@code holdFor} (page 0, ticket 2m); a ticket due
 * while the page of the same link and kind fires is never announced.
 *
 * <p><b>Business error codes</b>: per link and code, the own rejections (not passed through from
 * downstream) in the short window (1m) over the link's calls, against the code's own baseline (the
 * same ratio over the 30m before the short window): fires when the count is at least {@code minCount}
 * and the ratio exceeds {@code max(floor, baseline x factor)}. A code surges only against a baseline
 * that says something: one of at least {@code minBaselineCalls} calls of the link (300: 5 minutes at
 * one call per second; a start compares nothing for a while).
 *
 * <p>Each rule is evaluated for the link as a whole (the link's rule) and for each product on its own
 * (the product's rule); it holds when either does, and the alert names the worst product.
 *
 * <p><b>Life of an alert</b>: it fires (announced once) the first evaluation its condition holds,
 * stays firing while it holds, and resolves once the condition has been false for the resolve delay
 * (a condition flickering on a boundary keeps it firing: no flapping). While firing it is announced
 * again every re-notify interval.
 */
public final class AlertEvaluator {
  static final int LINK_FINE = 512;
  static final int LINK_COARSE = 256;
  static final int CODE_FINE = 128;
  static final int CODE_COARSE = 128;
  static final int OFFENCES_PER_LINK = 1024;
  /** Offending calls kept for impact and samples, per link, at most (and at most the longest window). */
  static final int RECENT_PER_LINK = 4096;

  static final int CALLS = 0;
  static final int OWN_ERRORS = 1;
  static final int SLOW = 2;
  static final int CAUSED_ERRORS = 3;
  static final int CAUSED_SLOW = 4;
  static final int LINK_WIDTH = 5;

  static final int CODE_REJECTED = 0;
  static final int CODE_PASSED = 1;
  static final int CODE_ERRORS = 2;
  static final int CODE_WIDTH = 3;

  private static final Logger log = LoggerFactory.getLogger(AlertEvaluator.class);

  private final AlertRules base;
  private volatile AlertRules rules;
  private final AlertSink sink;
  private final int maxSamples;
  private final int impactCap;
  private final int recentSize;
  private final ConcurrentMap<RequestMetrics.Operation, OperationStats> operations = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, OperationStats> byLink = new ConcurrentHashMap<>();
  private volatile List<Alert> firing = List.of();
  private final Deque<Alert> recent = new ArrayDeque<>();
  private volatile List<Alert> recentView = List.of();

  /** Rules, samples, caps from the properties; events to {@code sink}. */
  public AlertEvaluator(AlertProperties properties, AlertSink sink) {
    this(AlertRules.base(properties), AlertRules.from(properties), sink, properties.maxSamples(),
        properties.impactCap(), properties.recentSize());
  }

  /** With these rules and the default samples and caps (tests, tools). */
  public AlertEvaluator(AlertRules rules, AlertSink sink) {
    this(AlertRules.defaults(), rules, sink, 5, 1000, 50);
  }

  private AlertEvaluator(AlertRules base, AlertRules rules, AlertSink sink, int maxSamples, int impactCap,
      int recentSize) {
    this.base = base;
    this.rules = rules;
    this.sink = sink;
    this.maxSamples = maxSamples;
    this.impactCap = impactCap;
    this.recentSize = recentSize;
  }

  // ---------------------------------------------------------------------------------------------
  // hot path

  /**
   * Whether a call may count against an alert (an error, a rejection, or slower than the tightest
   * latency threshold): the recorder reads all business fields of such calls even when the request
   * log is off.
   */
  public boolean mayOffend(Classification outcome, long latencyNanos) {
    return outcome.outcome() != RequestOutcome.SUCCESS || latencyNanos > rules.minLatencyThresholdNanos();
  }

  /**
   * Counts one recorded call. Never blocks.
   *
   * @param product the {@code productCode} field, or null
   * @param cause the downstream link the error or rejection came from, or null (its own, or a success)
   * @param selfNanos the latency minus the time spent in outgoing calls
   * @param endEpochMillis when the call ended: the second it is counted in
   * @param fields its business fields (accountId, orderId, amount, requestId for the impact), or null
   * @param span its span (the trace id of samples), or null
   */
  public void record(RequestMetrics.Operation op, String product, Classification outcome, String cause,
      long latencyNanos, long selfNanos, long endEpochMillis, FieldValues fields, Span span) {
    OperationStats os = operations.get(op);
    if (os == null) {
      os = operations.computeIfAbsent(op,
          o -> byLink.computeIfAbsent(o.link(), l -> new OperationStats(o.service(), o.operation())));
    }
    ProductStats ps = os.product(op.productTag(product));
    AlertRules.LinkRule rule = ps.rule(rules, os.link);
    long second = Math.floorDiv(endEpochMillis, 1000);
    Counters.Bucket s = ps.counters.second(second);
    Counters.Bucket m = ps.counters.minuteOf(second);
    if (s == null && m == null) {
      return; // older than anything kept
    }
    Counters.add(s, m, CALLS);
    int flags = 0;
    String codeTag = null;
    RequestOutcome o = outcome.outcome();
    if (o == RequestOutcome.ERROR) {
      if (cause == null) {
        Counters.add(s, m, OWN_ERRORS);
        flags = Offence.OWN_ERROR;
        codeTag = op.codeTag(outcome.code());
        Counters c = ps.code(codeTag);
        Counters.add(c.second(second), c.minuteOf(second), CODE_ERRORS);
      } else {
        Counters.add(s, m, CAUSED_ERRORS);
      }
    } else {
      long threshold = rule.latencyThresholdNanos();
      if (selfNanos > threshold) {
        Counters.add(s, m, SLOW);
        flags = Offence.SLOW;
      } else if (latencyNanos > threshold) {
        Counters.add(s, m, CAUSED_SLOW);
      }
      if (o == RequestOutcome.REJECTED) {
        codeTag = op.codeTag(outcome.code());
        Counters c = ps.code(codeTag);
        Counters.add(c.second(second), c.minuteOf(second), cause == null ? CODE_REJECTED : CODE_PASSED);
        if (cause == null) {
          flags |= Offence.OWN_REJECTED;
        }
      }
    }
    if (flags != 0) {
      os.offences.offer(endEpochMillis, ps.product, flags, codeTag, span, fields);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // rules

  public AlertRules rules() {
    return rules;
  }

  /** Replaces the rules at once (the next calls and evaluation use them). */
  public void updateRules(AlertRules newRules) {
    if (newRules == null) {
      throw new IllegalArgumentException("alert rules are required");
    }
    rules = newRules;
    log.info("alert rules updated: {}", newRules);
  }

  /**
   * Replaces the rules with a JSON document over the properties' defaults (see {@link AlertRules}). An
   * invalid document is refused ({@link IllegalArgumentException}, saying why) and the rules in force
   * stay.
   */
  public AlertRules updateRules(String json) {
    AlertRules parsed;
    try {
      parsed = AlertRules.parse(json, base);
    } catch (IllegalArgumentException e) {
      log.warn("alert rules update refused, the previous rules stay: {}", e.getMessage());
      throw e;
    }
    updateRules(parsed);
    return parsed;
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  /** The alerts firing now (announced ones), worst first: page before ticket, then by since. */
  public List<Alert> firing() {
    return firing;
  }

  /** Alerts resolved lately, newest first (at most {@code recent-size}). */
  public List<Alert> recent() {
    return recentView;
  }

  // ---------------------------------------------------------------------------------------------
  // evaluation

  /** Evaluates every rule for every link at {@code now}, announcing what fires and resolves. */
  public synchronized void evaluate(Instant now) {
    AlertRules r = rules;
    long nowSecond = now.getEpochSecond();
    List<Alert> firingNow = new ArrayList<>();
    for (OperationStats os : byLink.values()) {
      List<Offence> fresh = os.offences.drain();
      List<Condition> conditions = new ArrayList<>();
      for (AlertRules.Tier tier : r.tiers()) {
        if (tier.enabled()) {
          burnConditions(os, r, tier, nowSecond, conditions);
        }
      }
      codeConditions(os, r, nowSecond, conditions);
      Set<AlertKey> evaluated = new LinkedHashSet<>();
      List<AlertState> started = new ArrayList<>();
      for (Condition c : conditions) {
        evaluated.add(c.key());
        apply(os, c, now, r, started);
      }
      // a rule no longer evaluated (a tier switched off, a code disabled): its condition is false
      for (AlertState s : new ArrayList<>(os.alerts.values())) {
        if (!evaluated.contains(s.key)) {
          maybeResolve(os, s, now, r);
        }
      }
      countImpact(os, fresh, started, now, r);
      for (AlertState s : os.alerts.values()) {
        if (!s.suppressed && s.lastAnnounced != null) {
          firingNow.add(snapshot(s, Alert.State.FIRING, null));
        }
      }
    }
    firingNow.sort(Comparator.comparing((Alert a) -> !AlertRules.PAGE.equals(a.severity()))
        .thenComparing(Alert::since).thenComparing(Alert::id));
    firing = List.copyOf(firingNow);
  }

  private void apply(OperationStats os, Condition c, Instant now, AlertRules r, List<AlertState> started) {
    AlertState s = os.alerts.get(c.key());
    if (c.holds()) {
      if (s == null) {
        s = new AlertState(c.key(), os, now, c.wholeLink() ? null : Set.copyOf(c.products()), impactCap, c);
        os.alerts.put(c.key(), s);
        started.add(s);
        // announced after its impact is counted (countImpact), once it held for its tier's holdFor
      } else {
        s.lastHeld = now;
        s.condition = c;
        if (!s.suppressed && s.lastAnnounced != null
            && Duration.between(s.lastAnnounced, now).compareTo(r.renotifyInterval()) >= 0) {
          announce(s, now);
        }
      }
    } else if (s != null) {
      s.condition = c;
      maybeResolve(os, s, now, r);
    }
  }

  /** A ticket whose page (same link, kind) fires (announced) when the ticket is due is never announced. */
  private static boolean inhibited(OperationStats os, AlertKey key) {
    if (!AlertRules.TICKET.equals(key.severity()) || key.kind() == AlertKind.CODE_SURGE) {
      return false;
    }
    AlertState page = os.alerts.get(new AlertKey(key.kind(), AlertRules.PAGE, key.link(), key.code()));
    return page != null && page.lastAnnounced != null;
  }

  private void maybeResolve(OperationStats os, AlertState s, Instant now, AlertRules r) {
    if (Duration.between(s.lastHeld, now).compareTo(r.resolveDelay()) < 0) {
      return;
    }
    os.alerts.remove(s.key);
    if (s.suppressed || s.lastAnnounced == null) {
      return;
    }
    Alert resolved = snapshot(s, Alert.State.RESOLVED, now);
    synchronized (recent) {
      recent.addFirst(resolved);
      while (recent.size() > recentSize) {
        recent.removeLast();
      }
      recentView = List.copyOf(recent);
    }
    try {
      sink.resolved(resolved);
    } catch (RuntimeException e) {
      log.warn("alert sink failed on the resolution of {}: {}", resolved.id(), e.toString());
    }
  }

  private void announce(AlertState s, Instant now) {
    s.lastAnnounced = now;
    s.notifications++;
    Alert alert = snapshot(s, Alert.State.FIRING, null);
    try {
      sink.fired(alert);
    } catch (RuntimeException e) {
      log.warn("alert sink failed on {}: {}", alert.id(), e.toString());
    }
  }

  /** Feeds the offending calls to the alerts; new alerts get those of their window, then are announced. */
  private void countImpact(OperationStats os, List<Offence> fresh, List<AlertState> started, Instant now,
      AlertRules r) {
    for (AlertState s : os.alerts.values()) {
      if (started.contains(s)) {
        long from = now.toEpochMilli() - s.condition.window().toMillis();
        for (Offence o : os.recent) {
          if (o.atMillis >= from && s.matches(o)) {
            s.add(o, maxSamples);
          }
        }
      }
      for (Offence o : fresh) {
        if (s.matches(o)) {
          s.add(o, maxSamples);
        }
      }
    }
    os.recent.addAll(fresh);
    long keepFrom = now.toEpochMilli() - recentRetention(r).toMillis();
    while (!os.recent.isEmpty() && (os.recent.size() > RECENT_PER_LINK || os.recent.peekFirst().atMillis < keepFrom)) {
      os.recent.removeFirst();
    }
    for (AlertState s : os.alerts.values()) {
      if (s.suppressed || s.lastAnnounced != null || !s.lastHeld.equals(now)) {
        continue;
      }
      AlertRules.Tier tier = s.key.kind() == AlertKind.CODE_SURGE ? null : r.tier(s.key.severity());
      if (tier != null && Duration.between(s.since, now).compareTo(tier.holdFor()) < 0) {
        continue; // pending
      }
      if (inhibited(os, s.key)) {
        s.suppressed = true;
      } else {
        announce(s, now);
      }
    }
  }

  /** Offending calls are kept for the longest window an alert seeds its impact from (at most 10 minutes). */
  private static Duration recentRetention(AlertRules r) {
    Duration d = r.codeShortWindow();
    for (AlertRules.Tier t : r.tiers()) {
      d = t.longWindow().compareTo(d) > 0 ? t.longWindow() : d;
    }
    return d.compareTo(Duration.ofMinutes(10)) > 0 ? Duration.ofMinutes(10) : d;
  }

  // ---------------------------------------------------------------------------------------------
  // burn rates

  private void burnConditions(OperationStats os, AlertRules r, AlertRules.Tier tier, long now, List<Condition> out) {
    long longSeconds = tier.longWindow().toSeconds();
    long shortSeconds = tier.shortWindow().toSeconds();
    long[] wholeLong = new long[LINK_WIDTH];
    long[] wholeShort = new long[LINK_WIDTH];
    Map<String, long[][]> slices = new LinkedHashMap<>();
    for (ProductStats ps : os.products.values()) {
      long[] l = ps.counters.window(now, longSeconds);
      long[] s = ps.counters.window(now, shortSeconds);
      if (l[CALLS] == 0) {
        continue;
      }
      slices.put(ps.product, new long[][] {l, s});
      for (int i = 0; i < LINK_WIDTH; i++) {
        wholeLong[i] += l[i];
        wholeShort[i] += s[i];
      }
    }
    AlertRules.LinkRule linkRule = r.forLink(os.link, null);
    for (AlertKind kind : new AlertKind[] {AlertKind.AVAILABILITY, AlertKind.LATENCY}) {
      int bad = kind == AlertKind.AVAILABILITY ? OWN_ERRORS : SLOW;
      boolean whole = burns(wholeLong, wholeShort, bad, linkRule, kind, tier);
      List<String> products = new ArrayList<>();
      Map<String, Double> burn = new HashMap<>();
      for (Map.Entry<String, long[][]> e : slices.entrySet()) {
        AlertRules.LinkRule rule = os.products.get(e.getKey()).rule(r, os.link);
        long[] l = e.getValue()[0];
        if (burns(l, e.getValue()[1], bad, rule, kind, tier)) {
          products.add(e.getKey());
          burn.put(e.getKey(), ratio(l[bad], l[CALLS]) / budget(rule, kind));
        }
      }
      products.sort(Comparator.comparing((String p) -> -burn.get(p)).thenComparing(p -> p));
      boolean holds = whole || !products.isEmpty();
      AlertKey key = new AlertKey(kind, tier.severity(), os.link, null);
      if (!holds && !os.alerts.containsKey(key)) {
        continue; // nothing to say
      }
      // the numbers shown: the whole link's when it meets the condition (or nothing does), else the worst product's
      String worst = products.isEmpty() ? null : products.get(0);
      boolean showWhole = whole || worst == null;
      long[] l = showWhole ? wholeLong : slices.get(worst)[0];
      long[] s = showWhole ? wholeShort : slices.get(worst)[1];
      AlertRules.LinkRule shownRule = showWhole ? linkRule : os.products.get(worst).rule(r, os.link);
      String product = worst != null ? worst : slices.size() == 1 ? slices.keySet().iterator().next() : null;
      String code = kind == AlertKind.AVAILABILITY && holds ? dominantErrorCode(os, now, longSeconds) : null;
      Map<String, Object> howBad = burnHowBad(kind, tier, shownRule, l, s, bad);
      double budget = budget(shownRule, kind);
      String text = (kind == AlertKind.AVAILABILITY
              ? Windows.percent(ratio(l[bad], l[CALLS])) + " own errors"
              : Windows.percent(ratio(l[bad], l[CALLS])) + " of calls slower than "
                  + Windows.format(shownRule.latencyThreshold()) + " (self)")
          + " over " + Windows.format(tier.longWindow()) + " (" + Windows.percent(ratio(s[bad], s[CALLS])) + " over "
          + Windows.format(tier.shortWindow()) + "), burn rate " + round1(ratio(l[bad], l[CALLS]) / budget) + "x > "
          + tier.burnRate() + "x of a " + Windows.percent(1 - budget) + " objective";
      long caused = kind == AlertKind.AVAILABILITY ? wholeLong[CAUSED_ERRORS] : wholeLong[CAUSED_SLOW];
      out.add(new Condition(key, holds, product, products, whole, howBad, code, caused, tier.longWindow(), text));
    }
  }

  private static boolean burns(long[] l, long[] s, int bad, AlertRules.LinkRule rule, AlertKind kind,
      AlertRules.Tier tier) {
    if (!rule.enabled() || l[CALLS] == 0 || s[CALLS] == 0
        || l[CALLS] < rule.minCallsLong() || s[CALLS] < rule.minCallsShort() || l[bad] < rule.minBadCalls()) {
      return false;
    }
    double budget = budget(rule, kind);
    return ratio(l[bad], l[CALLS]) / budget > tier.burnRate() && ratio(s[bad], s[CALLS]) / budget > tier.burnRate();
  }

  private static double budget(AlertRules.LinkRule rule, AlertKind kind) {
    return 1 - (kind == AlertKind.AVAILABILITY ? rule.availabilityObjective() : rule.latencyObjective());
  }

  private static Map<String, Object> burnHowBad(AlertKind kind, AlertRules.Tier tier, AlertRules.LinkRule rule,
      long[] l, long[] s, int bad) {
    double budget = budget(rule, kind);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("objective", kind == AlertKind.AVAILABILITY ? rule.availabilityObjective() : rule.latencyObjective());
    if (kind == AlertKind.LATENCY) {
      m.put("latencyThreshold", rule.latencyThreshold());
    }
    m.put("burnRateThreshold", tier.burnRate());
    m.put("long", window(tier.longWindow(), l[CALLS], l[bad], budget));
    m.put("short", window(tier.shortWindow(), s[CALLS], s[bad], budget));
    return m;
  }

  private static Map<String, Object> window(Duration window, long calls, long bad, double budget) {
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("window", window);
    w.put("calls", calls);
    w.put("bad", bad);
    w.put("ratio", Windows.round(ratio(bad, calls)));
    w.put("burnRate", Windows.round(ratio(bad, calls) / budget));
    return w;
  }

  private static String dominantErrorCode(OperationStats os, long now, long seconds) {
    Map<String, Long> byCode = new HashMap<>();
    for (ProductStats ps : os.products.values()) {
      for (Map.Entry<String, Counters> e : ps.codes.entrySet()) {
        long n = e.getValue().window(now, Math.min(seconds, CODE_FINE - 2))[CODE_ERRORS];
        if (n > 0) {
          byCode.merge(e.getKey(), n, Long::sum);
        }
      }
    }
    return byCode.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(null);
  }

  // ---------------------------------------------------------------------------------------------
  // business error codes

  private void codeConditions(OperationStats os, AlertRules r, long now, List<Condition> out) {
    long shortSeconds = r.codeShortWindow().toSeconds();
    long baselineSeconds = r.codeBaselineWindow().toSeconds();
    long baselineTo = now - shortSeconds;
    long baselineFrom = baselineTo - baselineSeconds + 1;
    // per code: [short count, short passed, baseline count], and the calls, whole link and per product
    long wholeShortCalls = 0;
    long wholeBaselineCalls = 0;
    Map<String, long[]> wholeCodes = new LinkedHashMap<>();
    Map<String, Map<String, long[]>> sliceCodes = new LinkedHashMap<>();
    Map<String, long[]> sliceCalls = new HashMap<>();
    for (ProductStats ps : os.products.values()) {
      if (ps.codes.isEmpty()) {
        continue;
      }
      long shortCalls = ps.counters.window(now, shortSeconds)[CALLS];
      long[] b = new long[LINK_WIDTH];
      ps.counters.sum(baselineFrom, baselineTo, now, b);
      wholeShortCalls += shortCalls;
      wholeBaselineCalls += b[CALLS];
      sliceCalls.put(ps.product, new long[] {shortCalls, b[CALLS]});
      Map<String, long[]> codes = new LinkedHashMap<>();
      for (Map.Entry<String, Counters> e : ps.codes.entrySet()) {
        long[] cs = e.getValue().window(now, shortSeconds);
        long[] cb = new long[CODE_WIDTH];
        e.getValue().sum(baselineFrom, baselineTo, now, cb);
        long[] v = {cs[CODE_REJECTED], cs[CODE_PASSED], cb[CODE_REJECTED]};
        codes.put(e.getKey(), v);
        long[] w = wholeCodes.computeIfAbsent(e.getKey(), k -> new long[3]);
        for (int i = 0; i < 3; i++) {
          w[i] += v[i];
        }
      }
      sliceCodes.put(ps.product, codes);
    }
    for (Map.Entry<String, long[]> e : wholeCodes.entrySet()) {
      String code = e.getKey();
      AlertRules.CodeRule rule = r.forCode(code);
      AlertKey key = new AlertKey(AlertKind.CODE_SURGE, rule.severity(), os.link, code);
      if (!rule.enabled()) {
        continue; // an alert of a disabled code resolves (not evaluated any more)
      }
      long[] w = e.getValue();
      boolean whole = surges(w[0], wholeShortCalls, w[2], wholeBaselineCalls, rule);
      List<String> products = new ArrayList<>();
      Map<String, Double> excess = new HashMap<>();
      for (Map.Entry<String, Map<String, long[]>> s : sliceCodes.entrySet()) {
        long[] v = s.getValue().get(code);
        long[] calls = sliceCalls.get(s.getKey());
        if (v != null && surges(v[0], calls[0], v[2], calls[1], rule)) {
          products.add(s.getKey());
          excess.put(s.getKey(), ratio(v[0], calls[0]));
        }
      }
      products.sort(Comparator.comparing((String p) -> -excess.get(p)).thenComparing(p -> p));
      boolean holds = whole || !products.isEmpty();
      if (!holds && !os.alerts.containsKey(key)) {
        continue;
      }
      String worst = products.isEmpty() ? null : products.get(0);
      boolean showWhole = whole || worst == null;
      long[] v = showWhole ? w : sliceCodes.get(worst).get(code);
      long shortCalls = showWhole ? wholeShortCalls : sliceCalls.get(worst)[0];
      long baselineCalls = showWhole ? wholeBaselineCalls : sliceCalls.get(worst)[1];
      double ratio = ratio(v[0], shortCalls);
      double baseline = ratio(v[2], baselineCalls);
      double threshold = Math.max(rule.floor(), baseline * rule.factor());
      Map<String, Object> howBad = new LinkedHashMap<>();
      howBad.put("window", r.codeShortWindow());
      howBad.put("calls", shortCalls);
      howBad.put("count", v[0]);
      howBad.put("ratio", Windows.round(ratio));
      howBad.put("baselineWindow", r.codeBaselineWindow());
      howBad.put("baselineCalls", baselineCalls);
      howBad.put("baselineCount", v[2]);
      howBad.put("baselineRatio", Windows.round(baseline));
      howBad.put("threshold", Windows.round(threshold));
      howBad.put("floor", rule.floor());
      howBad.put("factor", rule.factor());
      howBad.put("minCount", rule.minCount());
      String product = worst != null ? worst : sliceCodes.size() == 1 ? sliceCodes.keySet().iterator().next() : null;
      String text = code + " on " + Windows.percent(ratio) + " of calls over " + Windows.format(r.codeShortWindow())
          + " (" + v[0] + " of " + shortCalls + "), baseline " + Windows.percent(baseline) + " over "
          + Windows.format(r.codeBaselineWindow()) + ", threshold " + Windows.percent(threshold);
      out.add(new Condition(key, holds, product, products, whole, howBad, code, w[1], r.codeShortWindow(), text));
    }
  }

  private static boolean surges(long count, long calls, long baselineCount, long baselineCalls,
      AlertRules.CodeRule rule) {
    if (calls == 0 || count < rule.minCount() || count == 0 || baselineCalls < Math.max(1, rule.minBaselineCalls())) {
      return false;
    }
    double threshold = Math.max(rule.floor(), ratio(baselineCount, baselineCalls) * rule.factor());
    return ratio(count, calls) > threshold;
  }

  // ---------------------------------------------------------------------------------------------

  private Alert snapshot(AlertState s, Alert.State state, Instant resolvedAt) {
    Condition c = s.condition;
    boolean nothingLost = s.op.offences.lost() == s.lostAtStart;
    Alert.Impact impact = s.impact.snapshot(nothingLost, c.causedDownstream());
    String summary = s.key.link() + (c.product() == null ? "" : " [" + c.product() + "]") + " " + s.key.kind() + " "
        + s.key.severity() + ": " + c.text()
        + (s.key.kind() == AlertKind.AVAILABILITY && c.code() != null ? ", mostly " + c.code() : "")
        + "; since " + s.since + "; impact: " + impactText(impact)
        + (state == Alert.State.RESOLVED ? "; resolved " + resolvedAt : "");
    return new Alert(s.id, s.key.kind(), s.key.severity(), state, s.op.service, s.op.operation, s.key.link(),
        c.product(), c.products(), s.key.kind() == AlertKind.CODE_SURGE ? s.key.code() : c.code(), s.since,
        s.lastHeld, resolvedAt, Math.max(1, s.notifications), c.howBad(), new ArrayList<>(s.samples), impact, summary);
  }

  private static String impactText(Alert.Impact i) {
    StringBuilder sb = new StringBuilder();
    sb.append(i.calls()).append(" calls, ");
    sb.append(i.accountsExact() ? "" : "at least ").append(i.accounts()).append(" accounts, ");
    sb.append(i.ordersExact() ? "" : "at least ").append(i.orders()).append(" orders");
    Iterator<Map.Entry<String, java.math.BigDecimal>> amounts =
        i.amounts().entrySet().stream().sorted(Map.Entry.comparingByKey()).iterator();
    while (amounts.hasNext()) {
      Map.Entry<String, java.math.BigDecimal> a = amounts.next();
      sb.append(", ").append(a.getValue().toPlainString()).append(' ').append(a.getKey());
    }
    if (!i.complete()) {
      sb.append(" (lower bounds)");
    }
    if (i.causedDownstream() > 0) {
      sb.append("; ").append(i.causedDownstream()).append(" more caused downstream");
    }
    return sb.toString();
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
