package io.cloudtrade.sandbox.wechatpay.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The sandbox's books: transactions and refunds in memory, thread safe. Every change is a
 * compare-and-set of an immutable value, allowed only by {@link TradeState}'s and
 * {@link RefundStatus}'s tables, so two concurrent writers can never both win.
 */
public final class Ledger {
  private final ConcurrentHashMap<TradeKey, Trade> trades = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, TradeKey> byTransactionId = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<RefundKey, Refund> refunds = new ConcurrentHashMap<>();
  private final LedgerListener listener;

  public Ledger(LedgerListener listener) {
    this.listener = listener;
  }

  /**
   * Stores {@code candidate} unless its merchant already has a transaction with its
   * {@code out_trade_no}.
   *
   * @return the existing transaction, or empty when {@code candidate} was stored
   */
  public Optional<Trade> open(Trade candidate) {
    Trade existing = trades.putIfAbsent(candidate.key(), candidate);
    if (existing != null) {
      return Optional.of(existing);
    }
    byTransactionId.put(candidate.transactionId(), candidate.key());
    listener.tradeStored(candidate);
    return Optional.empty();
  }

  public Optional<Trade> find(TradeKey key) {
    return Optional.ofNullable(trades.get(key));
  }

  /** A merchant's transaction by WeChat Pay's id. */
  public Optional<Trade> findByTransactionId(String mchid, String transactionId) {
    TradeKey key = byTransactionId.get(transactionId);
    return key == null || !key.mchid().equals(mchid) ? Optional.empty() : find(key);
  }

  /** Every merchant's transactions with this {@code out_trade_no}. */
  public List<Trade> findByOutTradeNo(String outTradeNo) {
    return trades.values().stream().filter(t -> t.outTradeNo().equals(outTradeNo)).toList();
  }

  public Optional<Refund> findRefund(RefundKey key) {
    return Optional.ofNullable(refunds.get(key));
  }

  /** Every merchant's refunds with this {@code out_refund_no}. */
  public List<Refund> findRefundsByOutRefundNo(String outRefundNo) {
    return refunds.values().stream().filter(r -> r.outRefundNo().equals(outRefundNo)).toList();
  }

  /** A transaction's refunds, oldest first. */
  public List<Refund> refundsOf(TradeKey key) {
    return refunds.values().stream()
        .filter(r -> r.mchid().equals(key.mchid()) && r.outTradeNo().equals(key.outTradeNo()))
        .sorted(Comparator.comparing(Refund::createTime))
        .toList();
  }

  public List<Trade> trades() {
    return new ArrayList<>(trades.values());
  }

  public List<Refund> refunds() {
    return new ArrayList<>(refunds.values());
  }

  /**
   * Moves a transaction from one of {@code from} to {@code to}, applying {@code change} to the
   * copy, if the transition table allows it; a compare-and-set, retried only when another writer
   * changed something else in between.
   */
  public Change<Trade> transition(TradeKey key, Set<TradeState> from, TradeState to,
      UnaryOperator<Trade.Builder> change) {
    while (true) {
      Trade current = trades.get(key);
      if (current == null) {
        return new Change<>(null, false);
      }
      if (!from.contains(current.state()) || !current.state().canBecome(to)) {
        return new Change<>(current, false);
      }
      Trade next = change.apply(current.toBuilder().state(to)).build();
      if (trades.replace(key, current, next)) {
        listener.tradeStored(next);
        return new Change<>(next, true);
      }
    }
  }

  /**
   * Refunds {@code refundFen} of a paid transaction under {@code refundKey}, at most once: if the
   * key is taken, the existing refund is returned and nothing more is refunded. The amount is
   * reserved on the transaction with a compare-and-set, so concurrent refunds never exceed it.
   *
   * @param newRefund makes the refund from the transaction as updated
   */
  public Outcome<RefundCreation> refund(TradeKey tradeKey, RefundKey refundKey, long refundFen,
      Function<Trade, Refund> newRefund) {
    AtomicReference<Outcome<RefundCreation>> result = new AtomicReference<>();
    AtomicReference<Trade> updated = new AtomicReference<>();
    refunds.compute(refundKey, (k, existing) -> {
      if (existing != null) {
        result.set(Outcome.ok(new RefundCreation(existing, false)));
        return existing;
      }
      while (true) {
        Trade trade = trades.get(tradeKey);
        if (trade == null) {
          result.set(Outcome.rejected(ErrorCodes.RESOURCE_NOT_EXISTS, "订单不存在 (no such transaction)"));
          return null;
        }
        if (!trade.state().isPaid()) {
          result.set(Outcome.rejected(ErrorCodes.INVALID_REQUEST,
              "订单状态为" + trade.state() + "，不可退款 (the transaction is not paid)"));
          return null;
        }
        if (refundFen > trade.refundableFen()) {
          result.set(Outcome.rejected(ErrorCodes.INVALID_REQUEST, "refund_fee大于可退金额 (refund " + refundFen
              + " exceeds the refundable " + trade.refundableFen() + ")"));
          return null;
        }
        Trade next = trade.toBuilder().state(TradeState.REFUND).refundedFen(trade.refundedFen() + refundFen).build();
        if (trades.replace(tradeKey, trade, next)) {
          updated.set(next);
          Refund refund = newRefund.apply(next);
          result.set(Outcome.ok(new RefundCreation(refund, true)));
          return refund;
        }
      }
    });
    if (updated.get() != null) {
      listener.tradeStored(updated.get());
      listener.refundStored(result.get().value().refund());
    }
    return result.get();
  }

  /** Moves a refund to {@code to} if its table allows it (compare-and-set). */
  public Change<Refund> transitionRefund(RefundKey key, RefundStatus to, Instant at) {
    while (true) {
      Refund current = refunds.get(key);
      if (current == null) {
        return new Change<>(null, false);
      }
      if (!current.status().canBecome(to)) {
        return new Change<>(current, false);
      }
      Refund next = current.becoming(to, at);
      if (refunds.replace(key, current, next)) {
        listener.refundStored(next);
        return new Change<>(next, true);
      }
    }
  }

  /** Puts back a transaction read from a journal; the highest version wins. Tells no listener. */
  public void restore(Trade trade) {
    trades.merge(trade.key(), trade, (a, b) -> a.version() >= b.version() ? a : b);
    byTransactionId.put(trade.transactionId(), trade.key());
  }

  /** Puts back a refund read from a journal; the highest version wins. Tells no listener. */
  public void restore(Refund refund) {
    refunds.merge(refund.key(), refund, (a, b) -> a.version() >= b.version() ? a : b);
  }
}
