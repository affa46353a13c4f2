package io.cloudtrade.sandbox.alipay.domain;

import java.util.List;

/** Where the ledger writes every version of every trade, so that it can be rebuilt at start. */
public interface TradeJournal extends AutoCloseable {
  /** A journal that keeps nothing: the ledger lives in memory only. */
  TradeJournal NONE = new TradeJournal() {
    @Override
    public void append(Trade trade) {
    }

    @Override
    public List<Trade> replay() {
      return List.of();
    }
  };

  /** Records this version of a trade. */
  void append(Trade trade);

  /** Every version recorded so far, in any order. */
  List<Trade> replay();

  @Override
  default void close() {
  }
}
