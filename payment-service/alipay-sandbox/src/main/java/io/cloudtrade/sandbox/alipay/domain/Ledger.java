package io.cloudtrade.sandbox.alipay.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The sandbox's trades, in memory and thread safe. A trade changes only through {@link #update}:
 * the new version is computed from the current one and swapped in with compare-and-set, so two
 * writers cannot both win (the loser recomputes from the winner's version); every transition is
 * checked against {@link TradeStatus}. Each version is written to the {@link TradeJournal}.
 */
public final class Ledger {
  private final Map<TradeKey, AtomicReference<Trade>> trades = new ConcurrentHashMap<>();
  private final Map<TradeKey, TradeKey> byTradeNo = new ConcurrentHashMap<>();
  private final TradeJournal journal;

  /** A ledger holding the latest version of each trade of the journal. */
  public Ledger(TradeJournal journal) {
    this.journal = journal;
    for (Trade t : journal.replay()) {
      AtomicReference<Trade> ref = trades.computeIfAbsent(t.key(), k -> new AtomicReference<>(t));
      if (ref.get().version() < t.version()) {
        ref.set(t);
      }
      byTradeNo.put(new TradeKey(t.appId(), t.tradeNo()), t.key());
    }
  }

  /** The outcome of one {@link #update}: the trade's next version (or none: unchanged) and a result. */
  public record Decision<R>(Trade next, R result) {
    /** Leave the trade as it is. */
    public static <R> Decision<R> keep(R result) {
      return new Decision<>(null, result);
    }

    /** Make {@code next} the trade's new version. */
    public static <R> Decision<R> change(Trade next, R result) {
      return new Decision<>(next, result);
    }
  }

  public Optional<Trade> find(TradeKey key) {
    AtomicReference<Trade> ref = trades.get(key);
    return ref == null ? Optional.empty() : Optional.of(ref.get());
  }

  public Optional<Trade> findByTradeNo(String appId, String tradeNo) {
    TradeKey key = byTradeNo.get(new TradeKey(appId, tradeNo));
    return key == null ? Optional.empty() : find(key);
  }

  /** The trades of every application with this out_trade_no. */
  public List<Trade> findByOutTradeNo(String outTradeNo) {
    return trades.values().stream().map(AtomicReference::get)
        .filter(t -> t.outTradeNo().equals(outTradeNo)).toList();
  }

  /** Every trade, oldest first. */
  public List<Trade> all() {
    return trades.values().stream().map(AtomicReference::get)
        .sorted(Comparator.comparing(Trade::gmtCreate)).toList();
  }

  /**
   * Adds a new trade (version 1) unless its out_trade_no is taken.
   *
   * @return the trade already there, or empty when {@code trade} was added
   */
  public Optional<Trade> insertIfAbsent(Trade trade) {
    if (trade.version() != 1) {
      throw new IllegalArgumentException("a new trade is version 1: " + trade);
    }
    AtomicReference<Trade> existing = trades.putIfAbsent(trade.key(), new AtomicReference<>(trade));
    if (existing != null) {
      return Optional.of(existing.get());
    }
    byTradeNo.put(new TradeKey(trade.appId(), trade.tradeNo()), trade.key());
    journal.append(trade);
    return Optional.empty();
  }

  /**
   * Changes a trade by compare-and-set: {@code decide} sees the current version and answers the next
   * one (or none); when another writer got there first, it is asked again with that writer's version.
   *
   * @throws IllegalStateException when the trade does not exist, or the change breaks a transition rule
   */
  public <R> R update(TradeKey key, Function<Trade, Decision<R>> decide) {
    AtomicReference<Trade> ref = trades.get(key);
    if (ref == null) {
      throw new IllegalStateException("no trade " + key);
    }
    while (true) {
      Trade current = ref.get();
      Decision<R> decision = decide.apply(current);
      if (decision.next() == null) {
        return decision.result();
      }
      Trade next = decision.next().withVersion(current.version() + 1);
      if (!next.key().equals(key) || !next.tradeNo().equals(current.tradeNo())
          || next.totalCents() != current.totalCents()) {
        throw new IllegalStateException("a trade's identity and amount never change: " + key);
      }
      if (!current.status().canBecome(next.status())) {
        throw new IllegalStateException(
            "trade " + key + " cannot go from " + current.status() + " to " + next.status());
      }
      if (ref.compareAndSet(current, next)) {
        journal.append(next);
        return decision.result();
      }
    }
  }
}
