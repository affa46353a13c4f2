package io.cloudtrade.sandbox.alipay.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status of an Alipay trade and, in one place, its allowed transitions: an unpaid trade is paid
 * or closed; a paid trade is closed by its full refund (or cancel), or finished.
 */
public enum TradeStatus {
  WAIT_BUYER_PAY,
  TRADE_SUCCESS,
  TRADE_CLOSED,
  TRADE_FINISHED;

  private static final Map<TradeStatus, Set<TradeStatus>> NEXT = Map.of(
      WAIT_BUYER_PAY, EnumSet.of(TRADE_SUCCESS, TRADE_CLOSED),
      TRADE_SUCCESS, EnumSet.of(TRADE_CLOSED, TRADE_FINISHED),
      TRADE_CLOSED, EnumSet.noneOf(TradeStatus.class),
      TRADE_FINISHED, EnumSet.noneOf(TradeStatus.class));

  /** Whether a trade in this status may be in {@code next} after one change (staying is allowed). */
  public boolean canBecome(TradeStatus next) {
    return next == this || NEXT.get(this).contains(next);
  }
}
