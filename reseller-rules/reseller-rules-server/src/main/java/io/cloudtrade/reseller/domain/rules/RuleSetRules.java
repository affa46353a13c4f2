package io.cloudtrade.reseller.domain.rules;

import static io.cloudtrade.reseller.api.BusinessModels.ALLOW;
import static io.cloudtrade.reseller.api.BusinessModels.CUSTOMER;
import static io.cloudtrade.reseller.api.BusinessModels.DENY;
import static io.cloudtrade.reseller.api.BusinessModels.NOT_REQUIRED;
import static io.cloudtrade.reseller.api.BusinessModels.REQUIRED;
import static io.cloudtrade.reseller.api.BusinessModels.RESELLER;
import static io.cloudtrade.reseller.api.OrderSteps.PRICE_ADJUSTMENT;

import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.BusinessModels;
import io.cloudtrade.reseller.api.OrderSteps;
import io.cloudtrade.reseller.api.RuleRow;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules a {@link RuleSetDefinition} must satisfy under its business model.
 *
 * <ul>
 *   <li>{@code businessModel} is the model's code; {@code currency} is {@code [A-Z]{3}}; {@code
 *       defaultQuota} is null or an amount (a decimal &gt;= 0 with at most 2 decimals);
 *       {@code webhookUrl} is null or an absolute http/https URL with a host, and then {@code
 *       webhookSecret} is required, 8 to 128 characters.
 *   <li>Each table has at most 200 rows (null is empty). A table the model does not run must be
 *       empty: approval needs the APPROVAL step; resellerCost and customerPrice need
 *       PRICE_ADJUSTMENT; customerPrice also needs customerPrice RESELLER; commission needs earning
 *       COMMISSION.
 *   <li>Every row: product {@code *}, null or {@code [a-z0-9][a-z0-9._-]{0,63}}; orderTypes
 *       {@code *}, null or a comma list of New, Renew, Upgrade, Downgrade, TemporaryUpgrade,
 *       RenewChange; minAmount and maxAmount amounts, min &lt; max when both; {@code when} accepted
 *       by {@link ExpressionSandbox#check}.
 *   <li>Every row's value, per table: products ALLOW or DENY; resellerCost and customerPrice a
 *       percent in [-100, 1000] with at most 2 decimals; commission a percent in [0, 100]; approval
 *       REQUIRED or NOT_REQUIRED; paymentMode RESELLER or CUSTOMER.
 * </ul>
 */
public final class RuleSetRules {
  static final int MAX_ROWS = 200;
  static final int MIN_SECRET = 8;
  static final int MAX_SECRET = 128;

  private static final Pattern PRODUCT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RuleSetRules() {}

  /**
   * Every problem of {@code rules}, each naming its table, row and field ({@code
   * "approval[2].minAmount: not a decimal"}); empty when the rules are valid.
   *
   * @param model the business model {@code rules.businessModel} names, as the caller found it
   * @param sandbox checks each row's {@code when}
   */
  public static List<String> problems(RuleSetDefinition rules, BusinessModelDefinition model, ExpressionSandbox sandbox) {
    Objects.requireNonNull(model, "model");
    Problems p = new Problems();
    if (rules == null) {
      return p.add("rules", "required").list();
    }
    p.add("businessModel", model.getCode() != null && model.getCode().equals(rules.getBusinessModel())
            ? null : "must be " + model.getCode() + ", the business model these rules are for")
        .add("currency", rules.getCurrency() != null && CURRENCY.matcher(rules.getCurrency()).matches()
            ? null : "must be an ISO 4217 code such as CNY")
        .add("defaultQuota", rules.getDefaultQuota() == null ? null : decimal(rules.getDefaultQuota(), BigDecimal.ZERO, null, true))
        .add("webhookUrl", rules.getWebhookUrl() == null || isWebUrl(rules.getWebhookUrl())
            ? null : "must be an absolute http or https URL with a host");
    String secret = rules.getWebhookSecret();
    if (rules.getWebhookUrl() != null && (secret == null || secret.length() < MIN_SECRET || secret.length() > MAX_SECRET)) {
      p.add("webhookSecret", "required with a webhookUrl, " + MIN_SECRET + " to " + MAX_SECRET + " characters");
    }
    for (RuleTable table : RuleTable.values()) {
      List<RuleRow> rows = table.rows(rules);
      if (rows.isEmpty()) {
        continue;
      }
      p.add(table.field, notRunBy(table, model));
      if (rows.size() > MAX_ROWS) {
        p.add(table.field, "at most " + MAX_ROWS + " rows, got " + rows.size());
        continue;
      }
      for (int i = 0; i < rows.size(); i++) {
        row(p, table, table.at(i), rows.get(i), sandbox);
      }
    }
    return p.list();
  }

  private static void row(Problems p, RuleTable table, String at, RuleRow row, ExpressionSandbox sandbox) {
    if (row == null) {
      p.add(at, "required");
      return;
    }
    String min = row.getMinAmount() == null ? null : decimal(row.getMinAmount(), BigDecimal.ZERO, null, true);
    String max = row.getMaxAmount() == null ? null : decimal(row.getMaxAmount(), BigDecimal.ZERO, null, true);
    boolean bothValid = row.getMinAmount() != null && row.getMaxAmount() != null && min == null && max == null;
    p.add(at + ".product", RuleTable.any(row.getProduct()) || PRODUCT.matcher(row.getProduct()).matches()
            ? null : "must be * or a product code of a-z, 0-9, '.', '_' and '-' (1 to 64 characters)")
        .add(at + ".orderTypes", orderTypes(row.getOrderTypes()))
        .add(at + ".minAmount", min)
        .add(at + ".maxAmount", max != null ? max
            : bothValid && new BigDecimal(row.getMinAmount()).compareTo(new BigDecimal(row.getMaxAmount())) >= 0
            ? "must be greater than minAmount" : null)
        .add(at + ".when", row.getWhen() == null ? null : sandbox.check(row.getWhen()))
        .add(at + ".value", value(table, row.getValue()));
  }

  private static String value(RuleTable table, String value) {
    return switch (table) {
      case PRODUCTS -> Problems.oneOf(value, ALLOW, DENY);
      case RESELLER_COST, CUSTOMER_PRICE -> decimal(value, HUNDRED.negate(), BigDecimal.valueOf(1000), true);
      case COMMISSION -> decimal(value, BigDecimal.ZERO, HUNDRED, false);
      case APPROVAL -> Problems.oneOf(value, REQUIRED, NOT_REQUIRED);
      case PAYMENT_MODE -> Problems.oneOf(value, RESELLER, CUSTOMER);
    };
  }

  /** Why the model never consults a non-empty {@code table}, or null when it does. */
  private static String notRunBy(RuleTable table, BusinessModelDefinition model) {
    List<String> steps = BusinessModelRules.steps(model);
    String not = "must be empty: business model " + model.getCode();
    return switch (table) {
      case APPROVAL -> steps.contains(OrderSteps.APPROVAL) ? null : not + " does not run APPROVAL";
      case RESELLER_COST -> steps.contains(PRICE_ADJUSTMENT) ? null : not + " does not run PRICE_ADJUSTMENT";
      case CUSTOMER_PRICE -> !steps.contains(PRICE_ADJUSTMENT) ? not + " does not run PRICE_ADJUSTMENT"
          : !RESELLER.equals(model.getCustomerPrice()) ? not + " shows the LIST price" : null;
      case COMMISSION -> BusinessModels.COMMISSION.equals(model.getEarning()) ? null : not + " does not earn COMMISSION";
      default -> null;
    };
  }

  private static String orderTypes(String list) {
    if (RuleTable.any(list)) {
      return null;
    }
    for (String type : RuleTable.orderTypes(list)) {
      if (!RuleTable.ORDER_TYPES.contains(type)) {
        return (type.isEmpty() ? "has an empty item" : "has an unknown order type '" + type + "'")
            + "; use * or a comma list of " + String.join(", ", RuleTable.ORDER_TYPES);
      }
    }
    return null;
  }

  /**
   * Null when {@code text} is a plain decimal in [{@code min}, {@code max}] (null: unbounded) with at
   * most 2 decimals when {@code cents}; else what is wrong.
   */
  private static String decimal(String text, BigDecimal min, BigDecimal max, boolean cents) {
    if (text == null || !DECIMAL.matcher(text).matches()) {
      return "not a decimal";
    }
    BigDecimal d = new BigDecimal(text);
    if (d.compareTo(min) < 0 || (max != null && d.compareTo(max) > 0)) {
      return max == null ? "must be at least " + min : "must be between " + min + " and " + max;
    }
    return cents && d.stripTrailingZeros().scale() > 2 ? "at most 2 decimals" : null;
  }

  private static boolean isWebUrl(String url) {
    try {
      URI uri = new URI(url);
      return uri.isAbsolute() && uri.getHost() != null
          && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
