package io.cloudtrade.reseller.domain.rules;

import io.cloudtrade.reseller.api.RuleRow;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The decision tables of a {@link RuleSetDefinition}, and the conditions every row shares: product
 * ({@code *} or null for any), order types (a comma list, {@code *} or null for any) and the amount
 * range {@code minAmount <= amount < maxAmount}. The {@code when} expression is the planner's part.
 */
enum RuleTable {
  PRODUCTS("products", RuleSetDefinition::getProducts),
  RESELLER_COST("resellerCost", RuleSetDefinition::getResellerCost),
  CUSTOMER_PRICE("customerPrice", RuleSetDefinition::getCustomerPrice),
  COMMISSION("commission", RuleSetDefinition::getCommission),
  APPROVAL("approval", RuleSetDefinition::getApproval),
  PAYMENT_MODE("paymentMode", RuleSetDefinition::getPaymentMode);

  /** The order types a row may name. */
  static final List<String> ORDER_TYPES = List.of("New", "Renew", "Upgrade", "Downgrade", "TemporaryUpgrade", "RenewChange");

  /** The field's name in {@link RuleSetDefinition}, used in problems and explanations. */
  final String field;
  private final Function<RuleSetDefinition, List<RuleRow>> rows;

  RuleTable(String field, Function<RuleSetDefinition, List<RuleRow>> rows) {
    this.field = field;
    this.rows = rows;
  }

  /** The table's rows; null means none. */
  List<RuleRow> rows(RuleSetDefinition rules) {
    List<RuleRow> list = rows.apply(rules);
    return list == null ? List.of() : list;
  }

  /** How problems and explanations name row {@code i}: {@code approval[2]}. */
  String at(int i) {
    return field + "[" + i + "]";
  }

  /** Whether a product or order-type condition stands for any value. */
  static boolean any(String condition) {
    return condition == null || "*".equals(condition);
  }

  /** The order types of a comma list, trimmed. */
  static List<String> orderTypes(String list) {
    return Arrays.stream(list.split(",", -1)).map(String::trim).toList();
  }

  /** Whether {@code row}'s product, order-type and amount conditions hold (rows are validated before). */
  static boolean holds(RuleRow row, String product, String orderType, BigDecimal amount) {
    return (any(row.getProduct()) || row.getProduct().equals(product))
        && (any(row.getOrderTypes()) || orderTypes(row.getOrderTypes()).contains(orderType))
        && (row.getMinAmount() == null || new BigDecimal(row.getMinAmount()).compareTo(amount) <= 0)
        && (row.getMaxAmount() == null || amount.compareTo(new BigDecimal(row.getMaxAmount())) < 0);
  }
}
