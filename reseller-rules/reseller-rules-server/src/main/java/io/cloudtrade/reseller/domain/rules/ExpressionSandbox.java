package io.cloudtrade.reseller.domain.rules;

import static java.util.Map.entry;

import com.alibaba.qlexpress4.CheckOptions;
import com.alibaba.qlexpress4.Express4Runner;
import com.alibaba.qlexpress4.InitOptions;
import com.alibaba.qlexpress4.QLOptions;
import com.alibaba.qlexpress4.aparser.InterpolationMode;
import com.alibaba.qlexpress4.exception.QLException;
import com.alibaba.qlexpress4.exception.QLTimeoutException;
import com.alibaba.qlexpress4.operator.OperatorCheckStrategy;
import com.alibaba.qlexpress4.security.QLSecurityStrategy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Runs the QLExpress4 boolean expressions of {@code RuleRow.when} over an order's facts, sandboxed.
 *
 * <p>An expression may use only the {@link #FACTS}, literals (plain decimals, {@code "strings"} or
 * {@code 'strings'}, true, false, null, lists such as {@code ["ecs", "rds"]}), comparison, arithmetic
 * and logical operators ({@code == != < <= > >= + - * / % && || ! and or in like ?:}) and
 * {@code config["Key"]}. It must answer true or false. Everything else is refused, in layers:
 *
 * <ol>
 *   <li>its own text: at most 500 characters; every name a fact or one of the words above; no
 *       {@code .} (member access, class names), {@code =} (assignment), {@code ;}, braces, comments,
 *       backslashes, lambdas or string interpolation ({@code ${...}}); keywords such as {@code new},
 *       {@code import}, {@code for}, {@code while}, {@code function}, {@code macro} are refused by name;
 *   <li>QLExpress4's parser: the syntax, no function or method calls, only the operators above, every
 *       outer variable a fact and no outer function;
 *   <li>QLExpress4's isolation security strategy (no Java field, method or constructor is reachable),
 *       string interpolation disabled, arrays capped at 100 elements, BigDecimal
 *       arithmetic;
 *   <li>the time limit on every run, and a Boolean answer.
 * </ol>
 *
 * <p>Facts: product, orderType, region, subscriptionType, periodUnit and currency are Strings;
 * period an Integer; amount a BigDecimal (CloudTrade's quoted amount, major units); config a
 * Map&lt;String, String&gt;; customerId a Long.
 *
 * <p>Thread-safe: one QLExpress4 runner serves every thread (its caches are concurrent maps and
 * every run gets its own runtime). The time limit is QLExpress4's own, checked between the
 * interpreter's statements and jumps, counted from the end of compilation; a busy or paused JVM can
 * make a run exceed it.
 */
public final class ExpressionSandbox {
  /** The names an expression may read. */
  public static final Set<String> FACTS = Set.of(
      "product", "orderType", "region", "subscriptionType", "period", "periodUnit", "amount", "currency", "config", "customerId");

  static final int MAX_LENGTH = 500;
  static final int MAX_ARRAY = 100;
  private static final int MAX_ACCEPTED_CACHE = 10_000;

  private static final Set<String> WORDS = Set.of("true", "false", "null", "and", "or", "in", "like");
  private static final Map<String, String> KEYWORDS = Map.ofEntries(
      entry("new", "creating objects ('new') is not allowed"),
      entry("import", "'import' is not allowed"),
      entry("class", "'class' is not allowed"),
      entry("instanceof", "'instanceof' is not allowed"),
      entry("for", "loops are not allowed"),
      entry("while", "loops are not allowed"),
      entry("do", "loops are not allowed"),
      entry("function", "function definitions are not allowed"),
      entry("macro", "macro definitions are not allowed"),
      entry("return", "'return' is not allowed; write one expression"),
      entry("if", "'if' is not allowed; use the ?: operator"),
      entry("else", "'else' is not allowed; use the ?: operator"),
      entry("try", "'try' is not allowed"),
      entry("throw", "'throw' is not allowed"));
  private static final Set<String> SYMBOLS = Set.of(
      "==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "%", "?", ":", "(", ")", "[", "]", ",");
  private static final Map<String, String> DENIED_SYMBOLS = Map.ofEntries(
      entry("=", "assignment is not allowed"),
      entry("++", "assignment is not allowed"),
      entry("--", "assignment is not allowed"),
      entry("+=", "assignment is not allowed"),
      entry("-=", "assignment is not allowed"),
      entry("*=", "assignment is not allowed"),
      entry("/=", "assignment is not allowed"),
      entry("%=", "assignment is not allowed"),
      entry(".", "member access ('.') is not allowed; read config as config[\"Key\"]"),
      entry(";", "only one expression is allowed (no ';')"),
      entry("{", "blocks and map literals are not allowed"),
      entry("}", "blocks and map literals are not allowed"),
      entry("->", "lambdas are not allowed"),
      entry("::", "method references are not allowed"),
      entry("//", "comments are not allowed"),
      entry("/*", "comments are not allowed"));
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final CheckOptions PARSE_CHECK = CheckOptions.builder()
      .disableFunctionCalls(true)
      .operatorCheckStrategy(OperatorCheckStrategy.whitelist(Set.of(
          "==", "!=", "<", "<=", ">", ">=", "&&", "||", "!", "+", "-", "*", "/", "%", "and", "or", "in", "like")))
      .build();
  private static final Map<String, Object> SAMPLE_FACTS = Map.of(
      "product", "ecs", "orderType", "New", "region", "cn-hangzhou", "subscriptionType", "Subscription",
      "period", 1, "periodUnit", "Month", "amount", new BigDecimal("100.00"), "currency", "CNY",
      "config", Map.of(), "customerId", 1L);

  private final long timeLimitMillis;
  private final boolean ownChecks;
  private final Express4Runner runner;
  private final QLOptions evaluateOptions;
  private final QLOptions dryRunOptions;
  private final Set<String> accepted = ConcurrentHashMap.newKeySet();

  /**
   * A sandbox whose runs stop after {@code timeLimit} (the service uses 50 ms).
   *
   * @param timeLimit positive, whole milliseconds
   */
  public ExpressionSandbox(Duration timeLimit) {
    this(timeLimit, true);
  }

  /**
   * For tests: {@code ownChecks == false} leaves out the first two layers (this class's and the
   * parser's checks), to show that QLExpress4's isolation and the time limit hold on their own.
   */
  ExpressionSandbox(Duration timeLimit, boolean ownChecks) {
    this.timeLimitMillis = timeLimit.toMillis();
    if (timeLimitMillis <= 0) {
      throw new IllegalArgumentException("timeLimit must be at least 1 ms, got " + timeLimit);
    }
    this.ownChecks = ownChecks;
    this.runner = new Express4Runner(InitOptions.builder()
        .securityStrategy(QLSecurityStrategy.isolation())
        .interpolationMode(InterpolationMode.DISABLE)
        .allowPrivateAccess(false)
        .build());
    // Published expressions are few, so evaluate() caches their compilation; check() sees anything.
    this.evaluateOptions = options(true);
    this.dryRunOptions = options(false);
    check("amount >= 0"); // loads QLExpress4's classes now rather than inside the first order's time limit
  }

  private QLOptions options(boolean cache) {
    return QLOptions.builder().timeoutMillis(timeLimitMillis).precise(true).maxArrLength(MAX_ARRAY).cache(cache).build();
  }

  /**
   * Whether {@code expression} may be published: null when it passes every layer and a dry run
   * against sample facts answers true or false within the time limit; else a one-line reason for
   * people.
   */
  public String check(String expression) {
    String refusal = refusal(expression);
    if (refusal != null) {
      return refusal;
    }
    try {
      decide(expression, SAMPLE_FACTS, dryRunOptions);
      return null;
    } catch (RuleEvaluationException e) {
      return "a dry run on sample facts failed: " + e.getMessage();
    }
  }

  /**
   * Runs {@code expression} over {@code facts} (see the class comment for their names and types)
   * within the time limit.
   *
   * @throws RuleEvaluationException when the expression is refused, fails, runs past the time limit
   *     or answers something other than a Boolean
   */
  public boolean evaluate(String expression, Map<String, Object> facts) {
    String refusal = refusal(expression);
    if (refusal != null) {
      throw new RuleEvaluationException("refused: " + refusal);
    }
    return decide(expression, facts, evaluateOptions);
  }

  private boolean decide(String expression, Map<String, Object> facts, QLOptions options) {
    Object result;
    try {
      result = runner.execute(expression, new HashMap<>(facts), options).getResult();
    } catch (QLTimeoutException e) {
      throw new RuleEvaluationException("ran longer than the time limit of " + timeLimitMillis + " ms", e);
    } catch (QLException e) {
      throw new RuleEvaluationException(oneLine(Objects.toString(e.getReason(), e.getErrorCode())), e);
    } catch (RuntimeException e) {
      throw new RuleEvaluationException(oneLine(e.toString()), e);
    }
    if (result instanceof Boolean b) {
      return b;
    }
    String shown = oneLine(String.valueOf(result));
    throw new RuleEvaluationException("must answer true or false, answered "
        + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown)
        + (result == null ? "" : " (" + result.getClass().getSimpleName() + ")"));
  }

  /** Why this class or QLExpress4's parser refuses {@code expression}, or null. */
  private String refusal(String expression) {
    if (!ownChecks || (expression != null && accepted.contains(expression))) {
      return null;
    }
    if (expression == null || expression.isBlank()) {
      return "the expression is blank";
    }
    if (expression.length() > MAX_LENGTH) {
      return "the expression is longer than " + MAX_LENGTH + " characters";
    }
    String refusal = textRefusal(expression);
    if (refusal == null) {
      refusal = parserRefusal(expression);
    }
    if (refusal == null && accepted.size() < MAX_ACCEPTED_CACHE) {
      accepted.add(expression);
    }
    return refusal;
  }

  /** The first token of {@code s} outside the allowed language, as a reason; null if none. */
  private static String textRefusal(String s) {
    if (s.indexOf('\\') >= 0) {
      return "backslashes are not allowed";
    }
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int end = i + 1;
      if (Character.isWhitespace(c)) {
        i = end;
        continue;
      }
      if (c == '"' || c == '\'') {
        end = s.indexOf(c, i + 1);
        if (end < 0) {
          return "a string is not closed";
        }
        if (s.substring(i, end).contains("${")) {
          return "string interpolation (${...}) is not allowed";
        }
        i = end + 1;
        continue;
      }
      if (Character.isDigit(c) || Character.isJavaIdentifierStart(c)) {
        while (end < s.length() && (Character.isJavaIdentifierPart(s.charAt(end)) || (Character.isDigit(c) && s.charAt(end) == '.'))) {
          end++;
        }
        String word = s.substring(i, end);
        if (Character.isDigit(c) && !NUMBER.matcher(word).matches()) {
          return "'" + word + "' is not a plain decimal number";
        }
        if (!Character.isDigit(c) && !FACTS.contains(word) && !WORDS.contains(word)) {
          return KEYWORDS.getOrDefault(word, "unknown name '" + word + "'; the facts are " + String.join(", ", new TreeSet<>(FACTS)));
        }
        i = end;
        continue;
      }
      String two = s.substring(i, Math.min(i + 2, s.length()));
      String symbol = SYMBOLS.contains(two) || DENIED_SYMBOLS.containsKey(two) ? two : String.valueOf(c);
      if (DENIED_SYMBOLS.containsKey(symbol)) {
        return DENIED_SYMBOLS.get(symbol);
      }
      if (!SYMBOLS.contains(symbol)) {
        return "'" + c + "' is not allowed";
      }
      i += symbol.length();
    }
    return null;
  }

  /** What QLExpress4's parser refuses in {@code expression}, as a reason; null if nothing. */
  private String parserRefusal(String expression) {
    try {
      runner.check(expression, PARSE_CHECK);
      Set<String> unknown = new TreeSet<>(runner.getOutVarNames(expression));
      unknown.removeAll(FACTS);
      Set<String> functions = runner.getOutFunctions(expression);
      return !unknown.isEmpty() ? "unknown names " + unknown
          : !functions.isEmpty() ? "function calls are not allowed: " + new TreeSet<>(functions) : null;
    } catch (QLException e) {
      return "not a valid expression: " + oneLine(Objects.toString(e.getReason(), e.getErrorCode()));
    } catch (RuntimeException e) {
      return "not a valid expression: " + oneLine(e.toString());
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
