package io.cloudtrade.sandbox.alipay.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.sandbox.alipay.domain.Ledger.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LedgerTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:05:00Z");
  private final Ledger ledger = new Ledger(TradeJournal.NONE);

  @Test
  void anOutTradeNoIsTakenOnce() {
    Trade trade = TradeFixture.anUnpaidTrade("A");
    assertThat(ledger.insertIfAbsent(trade)).isEmpty();
    assertThat(ledger.insertIfAbsent(TradeFixture.anUnpaidTrade("A"))).contains(trade);
    assertThat(ledger.findByTradeNo(trade.appId(), trade.tradeNo())).contains(trade);
  }

  @Test
  void onlyTheDeclaredTransitionsAreAllowed() {
    Trade trade = TradeFixture.anUnpaidTrade("B");
    ledger.insertIfAbsent(trade);
    ledger.update(trade.key(), t -> Decision.change(t.closed(NOW), null));
    assertThatThrownBy(() -> ledger.update(trade.key(), t -> Decision.change(t.paid(NOW, "2088", "b***"), null)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("TRADE_CLOSED to TRADE_SUCCESS");
    assertThat(ledger.find(trade.key()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void aFullRefundClosesThePaidTrade() {
    Trade trade = TradeFixture.anUnpaidTrade("C");
    ledger.insertIfAbsent(trade);
    ledger.update(trade.key(), t -> Decision.change(t.paid(NOW, "2088", "b***"), null));
    ledger.update(trade.key(), t -> Decision.change(t.refunded(new Refund("R1", 400, 400, NOW, null, false)), null));
    assertThat(ledger.find(trade.key()).orElseThrow().status()).isEqualTo(TradeStatus.TRADE_SUCCESS);
    ledger.update(trade.key(), t -> Decision.change(t.refunded(new Refund("R2", 600, 1000, NOW, null, false)), null));
    Trade refunded = ledger.find(trade.key()).orElseThrow();
    assertThat(refunded.status()).isEqualTo(TradeStatus.TRADE_CLOSED);
    assertThat(refunded.refundedCents()).isEqualTo(1000);
    assertThat(refunded.gmtClose()).isEqualTo(NOW);
  }

  @Test
  void concurrentWritersNeverBothWin() throws Exception {
    Trade trade = TradeFixture.anUnpaidTrade("D");
    ledger.insertIfAbsent(trade);
    ledger.update(trade.key(), t -> Decision.change(t.paid(NOW, "2088", "b***"), null));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> refunds = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String outRequestNo = "R" + i;
        refunds.add(pool.submit(() -> {
          start.await();
          // 64 refunds of 0.30 against 10.00: at most 33 fit
          return ledger.update(trade.key(), t -> t.refundedCents() + 30 > t.totalCents()
              ? Decision.keep(false)
              : Decision.change(t.refunded(new Refund(outRequestNo, 30, t.refundedCents() + 30, NOW, null, false)), true));
        }));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> f : refunds) {
        won += f.get() ? 1 : 0;
      }
      Trade after = ledger.find(trade.key()).orElseThrow();
      assertThat(won).isEqualTo(33);
      assertThat(after.refunds()).hasSize(33);
      assertThat(after.refundedCents()).isEqualTo(990);
      assertThat(after.version()).isEqualTo(2 + 33);
    } finally {
      pool.shutdownNow();
    }
  }
}
