package io.cloudtrade.sandbox.alipay.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.sandbox.alipay.domain.Ledger;
import io.cloudtrade.sandbox.alipay.domain.Ledger.Decision;
import io.cloudtrade.sandbox.alipay.domain.Notification;
import io.cloudtrade.sandbox.alipay.domain.NotifyAttempt;
import io.cloudtrade.sandbox.alipay.domain.NotifyState;
import io.cloudtrade.sandbox.alipay.domain.Refund;
import io.cloudtrade.sandbox.alipay.domain.Trade;
import io.cloudtrade.sandbox.alipay.domain.TradeFixture;
import io.cloudtrade.sandbox.alipay.domain.TradeStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTradeJournalTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:05:00.123Z");

  @TempDir
  Path dir;

  @Test
  void aReplayedLedgerHoldsTheLatestVersionOfEachTrade() {
    Trade trade = TradeFixture.anUnpaidTrade("J1");
    try (JsonLinesTradeJournal journal = new JsonLinesTradeJournal(dir)) {
      Ledger ledger = new Ledger(journal);
      ledger.insertIfAbsent(trade);
      ledger.insertIfAbsent(TradeFixture.anUnpaidTrade("J2"));
      ledger.update(trade.key(), t -> Decision.change(t.paid(NOW, "2088", "b***"), null));
      Notification notification = new Notification("n1", "PAYMENT", "http://m/notify", Map.of("trade_status", "TRADE_SUCCESS"),
          NotifyState.PENDING, List.of(new NotifyAttempt(1, NOW, "DELIVERY", false, "HTTP 500 ")));
      ledger.update(trade.key(), t -> Decision.change(t.withNotification(notification)
          .refunded(new Refund("R1", 250, 250, NOW, "跨境", false)), null));
    }

    try (JsonLinesTradeJournal journal = new JsonLinesTradeJournal(dir)) {
      Ledger replayed = new Ledger(journal);
      assertThat(replayed.all()).hasSize(2);
      Trade back = replayed.find(trade.key()).orElseThrow();
      assertThat(back.version()).isEqualTo(3);
      assertThat(back.status()).isEqualTo(TradeStatus.TRADE_SUCCESS);
      assertThat(back.gmtPayment()).isEqualTo(NOW);
      assertThat(back.refunds()).containsExactly(new Refund("R1", 250, 250, NOW, "跨境", false));
      assertThat(back.notifications()).singleElement().satisfies(n -> {
        assertThat(n.params()).containsEntry("trade_status", "TRADE_SUCCESS");
        assertThat(n.attempts()).hasSize(1);
      });
      assertThat(replayed.findByTradeNo(trade.appId(), trade.tradeNo())).isPresent();
    }
  }

  @Test
  void aTornLastLineIsTheOnlyLineLost() throws Exception {
    try (JsonLinesTradeJournal journal = new JsonLinesTradeJournal(dir)) {
      new Ledger(journal).insertIfAbsent(TradeFixture.anUnpaidTrade("T1"));
    }
    Files.writeString(dir.resolve(JsonLinesTradeJournal.FILE_NAME), "{\"version\":1,\"appId\":\"20",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    try (JsonLinesTradeJournal journal = new JsonLinesTradeJournal(dir)) {
      Ledger ledger = new Ledger(journal);
      ledger.insertIfAbsent(TradeFixture.anUnpaidTrade("T2"));
    }
    try (JsonLinesTradeJournal journal = new JsonLinesTradeJournal(dir)) {
      assertThat(new Ledger(journal).all()).extracting(Trade::outTradeNo).containsExactlyInAnyOrder("T1", "T2");
    }
  }
}
