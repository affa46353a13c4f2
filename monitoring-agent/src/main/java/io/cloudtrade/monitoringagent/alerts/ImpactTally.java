package io.cloudtrade.monitoringagent.alerts;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The impact of one alert, added up from its offending calls: distinct accounts and orders (exact up
 * to a cap), amounts per currency (BigDecimal, once per order, else once per request).
 */
final class ImpactTally {
  private final int cap;
  private long calls;
  private final Set<String> accounts = new HashSet<>();
  private boolean accountsOver;
  private final Set<String> orders = new HashSet<>();
  private boolean ordersOver;
  private final Set<String> amountKeys = new HashSet<>();
  private boolean amountsApproximate;
  private final Map<String, BigDecimal> amounts = new TreeMap<>();

  ImpactTally(int cap) {
    this.cap = cap;
  }

  void add(Offence o) {
    calls++;
    if (o.accountId != null) {
      accountsOver |= !addCapped(accounts, o.accountId);
    }
    if (o.orderId != null) {
      ordersOver |= !addCapped(orders, o.orderId);
    }
    if (o.amount != null) {
      String key = o.orderId != null ? "o:" + o.orderId : o.requestId != null ? "r:" + o.requestId : null;
      if (key != null && amountKeys.contains(key)) {
        return;
      }
      if (key != null && !addCapped(amountKeys, key)) {
        amountsApproximate = true; // beyond the cap a repeated order may be counted again
      }
      addAmount(o.amount);
    }
  }

  /** Adds unless the set is full; false when the value was not known and could not be added. */
  private boolean addCapped(Set<String> set, String value) {
    if (set.contains(value)) {
      return true;
    }
    if (set.size() >= cap) {
      return false;
    }
    set.add(value);
    return true;
  }

  /** {@code "361.00 CNY"} (Money's text): amount, then an ISO currency code. */
  private void addAmount(String text) {
    int space = text.lastIndexOf(' ');
    if (space <= 0) {
      amountsApproximate = true;
      return;
    }
    String currency = text.substring(space + 1);
    if (!currency.matches("[A-Z]{3}")) {
      amountsApproximate = true;
      return;
    }
    try {
      amounts.merge(currency, new BigDecimal(text.substring(0, space).trim()), BigDecimal::add);
    } catch (NumberFormatException e) {
      amountsApproximate = true;
    }
  }

  Alert.Impact snapshot(boolean nothingLost, long causedDownstream) {
    return new Alert.Impact(calls, accounts.size(), !accountsOver, orders.size(), !ordersOver, amounts,
        nothingLost && !amountsApproximate, causedDownstream);
  }
}
