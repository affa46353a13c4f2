package io.cloudtrade.sandbox.wechatpay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The ledger's transitions are the table's, and concurrent writers never both win. */
class LedgerTest {
  static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
  final Ledger ledger = new Ledger(LedgerListener.NONE);

  static Trade aTrade(String outTradeNo, TradeState state, long totalFen) {
    return Trade.builder().mchid("1900000109").appid("wx1").outTradeNo(outTradeNo)
        .transactionId("4200" + outTradeNo).tradeType(TradeType.NATIVE).state(state).description("d")
        .totalFen(totalFen).createTime(NOW).successTime(state.isPaid() ? NOW : null).build();
  }

  static Refund aRefund(Trade t, String outRefundNo, long fen) {
    return new Refund(t.mchid(), outRefundNo, "50" + outRefundNo, t.outTradeNo(), t.transactionId(), fen,
        t.totalFen(), "CNY", null, null, RefundStatus.SUCCESS, NOW, NOW, 1);
  }

  @Test
  void theTableDecides() {
    assertThat(TradeState.NOTPAY.canBecome(TradeState.SUCCESS)).isTrue();
    assertThat(TradeState.USERPAYING.canBecome(TradeState.REVOKED)).isTrue();
    assertThat(TradeState.SUCCESS.canBecome(TradeState.REFUND)).isTrue();
    assertThat(TradeState.SUCCESS.canBecome(TradeState.CLOSED)).isFalse();
    assertThat(TradeState.CLOSED.canBecome(TradeState.SUCCESS)).isFalse();
    assertThat(TradeState.REVOKED.canBecome(TradeState.SUCCESS)).isFalse();
    assertThat(RefundStatus.PROCESSING.canBecome(RefundStatus.SUCCESS)).isTrue();
    assertThat(RefundStatus.SUCCESS.canBecome(RefundStatus.PROCESSING)).isFalse();
  }

  @Test
  void aTransitionOutsideTheTableIsRefusedAndChangesNothing() {
    Trade t = aTrade("T000001", TradeState.NOTPAY, 100);
    ledger.open(t);
    assertThat(ledger.transition(t.key(), EnumSet.of(TradeState.NOTPAY), TradeState.CLOSED, b -> b).applied()).isTrue();

    Change<Trade> late = ledger.transition(t.key(), EnumSet.allOf(TradeState.class), TradeState.SUCCESS, b -> b);

    assertThat(late.applied()).isFalse();
    assertThat(late.current().state()).isEqualTo(TradeState.CLOSED);
    assertThat(ledger.find(t.key()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void openingTwiceKeepsTheFirst() {
    Trade first = aTrade("T000002", TradeState.NOTPAY, 100);
    assertThat(ledger.open(first)).isEmpty();
    assertThat(ledger.open(aTrade("T000002", TradeState.NOTPAY, 999))).contains(first);
  }

  @Test
  void payingAndClosingAtOnceHasOneWinner() throws Exception {
    for (int i = 0; i < 50; i++) {
      Trade t = aTrade("RACE" + i + "00", TradeState.NOTPAY, 100);
      ledger.open(t);
      List<Change<Trade>> changes = race(2, n -> ledger.transition(t.key(), EnumSet.of(TradeState.NOTPAY),
          n == 0 ? TradeState.SUCCESS : TradeState.CLOSED, b -> b));
      assertThat(changes).filteredOn(Change::applied).hasSize(1);
    }
  }

  @Test
  void concurrentRefundsNeverExceedThePaidTotal() throws Exception {
    Trade t = aTrade("T000003", TradeState.SUCCESS, 1000);
    ledger.open(t);

    List<Outcome<RefundCreation>> outcomes = race(20, n -> ledger.refund(t.key(),
        new RefundKey(t.mchid(), "R" + n), 100, updated -> aRefund(updated, "R" + n, 100)));

    assertThat(outcomes).filteredOn(Outcome::isOk).hasSize(10);
    assertThat(outcomes).filteredOn(o -> !o.isOk())
        .allSatisfy(o -> assertThat(o.rejection().code()).isEqualTo(ErrorCodes.INVALID_REQUEST));
    Trade after = ledger.find(t.key()).orElseThrow();
    assertThat(after.refundedFen()).isEqualTo(1000);
    assertThat(after.state()).isEqualTo(TradeState.REFUND);
    assertThat(ledger.refundsOf(t.key())).hasSize(10);
  }

  @Test
  void theSameOutRefundNoAtOnceRefundsOnce() throws Exception {
    Trade t = aTrade("T000004", TradeState.SUCCESS, 1000);
    ledger.open(t);
    RefundKey key = new RefundKey(t.mchid(), "SAME");

    List<Outcome<RefundCreation>> outcomes = race(8, n -> ledger.refund(t.key(), key, 300,
        updated -> aRefund(updated, "SAME", 300)));

    assertThat(outcomes).allSatisfy(o -> assertThat(o.isOk()).isTrue());
    assertThat(outcomes).filteredOn(o -> o.value().created()).hasSize(1);
    assertThat(ledger.find(t.key()).orElseThrow().refundedFen()).isEqualTo(300);
  }

  @Test
  void anUnpaidTransactionIsNotRefunded() {
    Trade t = aTrade("T000005", TradeState.NOTPAY, 1000);
    ledger.open(t);
    Outcome<RefundCreation> o = ledger.refund(t.key(), new RefundKey(t.mchid(), "R"), 1, u -> aRefund(u, "R", 1));
    assertThat(o.isOk()).isFalse();
    assertThat(ledger.findRefund(new RefundKey(t.mchid(), "R"))).isEmpty();
  }

  @Test
  void restoringKeepsTheHighestVersion() {
    Trade v1 = aTrade("T000006", TradeState.NOTPAY, 100);
    Trade v2 = v1.toBuilder().state(TradeState.SUCCESS).successTime(NOW).build();
    ledger.restore(v2);
    ledger.restore(v1);
    assertThat(ledger.find(v1.key())).contains(v2);
    assertThat(ledger.findByTransactionId(v1.mchid(), v1.transactionId())).contains(v2);
  }

  interface Action<T> {
    T run(int n) throws Exception;
  }

  static <T> List<T> race(int threads, Action<T> action) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int n = i;
        Callable<T> c = () -> {
          start.await();
          return action.run(n);
        };
        futures.add(pool.submit(c));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
