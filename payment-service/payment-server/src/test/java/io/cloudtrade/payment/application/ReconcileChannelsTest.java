package io.cloudtrade.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.PaymentErrors;
import io.cloudtrade.payment.api.ReconciliationErrors;
import io.cloudtrade.payment.api.ReconciliationReport;
import io.cloudtrade.payment.domain.BillComparison;
import io.cloudtrade.payment.domain.BillLine;
import io.cloudtrade.payment.domain.LineType;
import io.cloudtrade.payment.persistence.ChannelPaymentRow;
import io.cloudtrade.payment.persistence.ChannelRefundRow;
import io.cloudtrade.payment.persistence.ReconciliationDifferenceRow;
import io.cloudtrade.payment.persistence.ReconciliationMapper;
import io.cloudtrade.payment.persistence.ReconciliationRunRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The reconciliation use case with in-memory fakes of its ports (the bill, the store): claims of a
 * day, replacing its report, the neighbouring days' bills, and the rejections.
 */
class ReconcileChannelsTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 24);
  /** 2026-11-24 12:00 in Beijing */
  static final Instant NOON = Instant.parse("2026-11-24T04:00:00Z");

  final FakeStore store = new FakeStore();
  final FakeBill alipay = new FakeBill(ChannelPayments.ALIPAY);

  /** The use case on {@code today} (11:00 in Beijing). */
  ReconcileChannels reconcileOn(LocalDate today) {
    return new ReconcileChannels(store, List.of(alipay), TransactionOperations.withoutTransaction(), new IdGenerator(1),
        Duration.ofMinutes(30), clockOn(today));
  }

  static Clock clockOn(LocalDate today) {
    return Clock.fixed(BillComparison.startOf(today).plus(Duration.ofHours(11)), ZoneOffset.UTC);
  }

  void paid(long id, long fen, Instant at) {
    ChannelPaymentRow p = new ChannelPaymentRow();
    p.paymentId = id;
    p.channel = ChannelPayments.ALIPAY;
    p.status = ChannelPayments.SUCCEEDED;
    p.amountMinor = fen;
    p.currency = "CNY";
    p.paidAt = at;
    p.updatedAt = at;
    store.payments.put(id, p);
  }

  @Test
  void aRunStoresItsReportAndRunningTheDayAgainReplacesIt() {
    paid(1, 1230, NOON);
    paid(2, 310, NOON); // never at the channel
    alipay.day(DAY).add(new BillLine("T1", "1", LineType.PAY, "", 1230, "TRADE_SUCCESS", NOON));
    ReconcileChannels reconcile = reconcileOn(DAY.plusDays(1));

    ReconciliationReport first = reconcile.reconcile(ChannelPayments.ALIPAY, DAY).value();
    assertThat(first.getMatchedCount()).isEqualTo(1);
    assertThat(first.getOurRecordCount()).isEqualTo(2);
    assertThat(first.getDifferences()).singleElement().satisfies(d -> {
      assertThat(d.getKind()).isEqualTo("MissingAtChannel");
      assertThat(d.getOutTradeNo()).isEqualTo("2");
      assertThat(d.getOurAmount()).isEqualTo(Money.of("3.10", "CNY"));
      assertThat(d.getRefundRequestNo()).isNull();
    });

    store.payments.get(2L).status = ChannelPayments.CLOSED; // put right by hand
    ReconciliationReport again = reconcile.reconcile(ChannelPayments.ALIPAY, DAY).value();
    assertThat(again.getDifferences()).isEmpty();
    assertThat(store.differences).isEmpty();
    assertThat(reconcile.get(ChannelPayments.ALIPAY, DAY).value().getMatchedCount()).isEqualTo(1);
    assertThat(store.run(DAY).status).isEqualTo("Finished");
  }

  @Test
  void badRequestsAreRejectedBeforeAnythingIsDownloaded() {
    ReconcileChannels reconcile = reconcileOn(DAY);
    assertThat(reconcile.reconcile("Paypal", DAY).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(reconcile.reconcile(ChannelPayments.ALIPAY, null).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(reconcile.reconcile(ChannelPayments.ALIPAY, DAY.plusDays(1)).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(reconcile.get(ChannelPayments.ALIPAY, DAY.plusDays(1)).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(reconcile.reconcile(ChannelPayments.WECHATPAY, DAY).code()).isEqualTo(PaymentErrors.CHANNEL_UNAVAILABLE);
    assertThat(reconcile.get(ChannelPayments.ALIPAY, DAY).code()).isEqualTo(ReconciliationErrors.RECONCILIATION_NOT_FOUND);
    assertThat(alipay.downloads).isEmpty();
    assertThat(store.runs).isEmpty();
  }

  @Test
  void aBillThatCannotBeHadFailsTheRunWithItsReasonAndALaterRunTakesTheDayOver() {
    alipay.failing = true;
    ReconcileChannels reconcile = reconcileOn(DAY.plusDays(1));
    Outcome<ReconciliationReport> failed = reconcile.reconcile(ChannelPayments.ALIPAY, DAY);
    assertThat(failed.code()).isEqualTo(PaymentErrors.CHANNEL_UNAVAILABLE);
    assertThat(failed.message()).contains("connect timed out");
    assertThat(store.run(DAY).status).isEqualTo("Failed");
    assertThat(reconcile.get(ChannelPayments.ALIPAY, DAY).message()).contains("failed", "connect timed out");

    alipay.failing = false;
    assertThat(reconcile.reconcileUnlessDone(ChannelPayments.ALIPAY, DAY)).hasValueSatisfying(o -> assertThat(o.isOk()).isTrue());
    assertThat(reconcile.get(ChannelPayments.ALIPAY, DAY).isOk()).isTrue();
  }

  @Test
  void aDayRunningElsewhereIsLeftAloneUntilItsRunIsStale() {
    ReconcileChannels reconcile = reconcileOn(DAY.plusDays(1));
    ReconciliationRunRow other = new ReconciliationRunRow();
    other.channel = ChannelPayments.ALIPAY;
    other.billDay = DAY;
    other.status = "Running";
    other.attempt = 42;
    other.startedAt = Instant.now(clockOn(DAY.plusDays(1))).minusSeconds(60);
    store.insertRun(other);

    assertThat(reconcile.reconcileUnlessDone(ChannelPayments.ALIPAY, DAY)).isEmpty();
    assertThat(reconcile.reconcile(ChannelPayments.ALIPAY, DAY).code()).isEqualTo(ReconciliationErrors.RECONCILIATION_RUNNING);
    assertThat(alipay.downloads).isEmpty();

    store.run(DAY).startedAt = store.run(DAY).startedAt.minus(Duration.ofHours(1)); // its node died
    assertThat(reconcile.reconcileUnlessDone(ChannelPayments.ALIPAY, DAY)).isPresent();
    assertThat(store.run(DAY).status).isEqualTo("Finished");
    assertThat(store.run(DAY).attempt).isNotEqualTo(42);

    // the dead node's attempt can no longer store anything
    ReconciliationRunRow late = new ReconciliationRunRow();
    late.channel = ChannelPayments.ALIPAY;
    late.billDay = DAY;
    late.attempt = 42;
    assertThat(store.finishRun(late)).isZero();
    assertThat(store.lockRun(ChannelPayments.ALIPAY, DAY)).isNotEqualTo(42L);
    // a finished day: the schedule leaves it, an explicit request runs it again
    assertThat(reconcile.reconcileUnlessDone(ChannelPayments.ALIPAY, DAY)).isEmpty();
    assertThat(reconcile.reconcile(ChannelPayments.ALIPAY, DAY).isOk()).isTrue();
  }

  @Test
  void neighbouringBillsAreDownloadedOnlyForRecordsNotOnTheDaysBillAndNeverAnIncompleteOne() {
    paid(1, 100, NOON);
    alipay.day(DAY).add(new BillLine("T1", "1", LineType.PAY, "", 100, "TRADE_SUCCESS", NOON));
    reconcileOn(DAY.plusDays(1)).reconcile(ChannelPayments.ALIPAY, DAY);
    assertThat(alipay.downloads).containsExactly(DAY);

    alipay.downloads.clear();
    Instant justAfterMidnight = BillComparison.startOf(DAY).plusMillis(5);
    paid(2, 200, justAfterMidnight); // booked by the channel the day before
    Instant channelTime = justAfterMidnight.minusMillis(30);
    alipay.day(DAY.minusDays(1)).add(new BillLine("T2", "2", LineType.PAY, "", 200, "TRADE_SUCCESS", channelTime));
    ReconciliationReport r = reconcileOn(DAY.plusDays(1)).reconcile(ChannelPayments.ALIPAY, DAY).value();
    assertThat(r.getDifferences()).isEmpty();
    assertThat(r.getOnNeighbourBillsCount()).isEqualTo(1);
    assertThat(alipay.downloads).containsExactly(DAY, DAY.minusDays(1)); // the day after is today: not complete

    alipay.downloads.clear();
    reconcileOn(DAY.plusDays(3)).reconcile(ChannelPayments.ALIPAY, DAY);
    assertThat(alipay.downloads).containsExactly(DAY, DAY.minusDays(1), DAY.plusDays(1));
  }

  @Test
  void aRefundIsComparedByItsRequestNumberAndStoredWithIt() {
    paid(1, 1000, NOON);
    ChannelRefundRow refund = new ChannelRefundRow();
    refund.paymentId = 1;
    refund.requestNo = "r1";
    refund.amountMinor = 300;
    refund.currency = "CNY";
    refund.status = "Succeeded";
    refund.updatedAt = NOON.plusSeconds(5);
    store.refunds.add(refund);
    alipay.day(DAY).add(new BillLine("T1", "1", LineType.PAY, "", 1000, "TRADE_SUCCESS", NOON));
    alipay.day(DAY).add(new BillLine("T1", "1", LineType.REFUND, "r1", 250, "REFUND_SUCCESS", NOON.plusSeconds(5)));

    ReconciliationReport r = reconcileOn(DAY.plusDays(1)).reconcile(ChannelPayments.ALIPAY, DAY).value();
    assertThat(r.getMatchedCount()).isEqualTo(1);
    assertThat(r.getDifferences()).singleElement().satisfies(d -> {
      assertThat(d.getKind()).isEqualTo("AmountDiffers");
      assertThat(d.getLineType()).isEqualTo("REFUND");
      assertThat(d.getRefundRequestNo()).isEqualTo("r1");
      assertThat(d.getOurAmount()).isEqualTo(Money.of("3.00", "CNY"));
      assertThat(d.getChannelAmount()).isEqualTo(Money.of("2.50", "CNY"));
    });
  }

  /** A channel's bills by day, answering in memory; counts what was downloaded. */
  static final class FakeBill implements ChannelBill {
    final String channel;
    final Map<LocalDate, List<BillLine>> days = new HashMap<>();
    final List<LocalDate> downloads = new ArrayList<>();
    boolean failing;

    FakeBill(String channel) {
      this.channel = channel;
    }

    List<BillLine> day(LocalDate day) {
      return days.computeIfAbsent(day, d -> new ArrayList<>());
    }

    @Override
    public String channel() {
      return channel;
    }

    @Override
    public List<BillLine> download(LocalDate beijingDay) {
      if (failing) {
        throw new Unavailable("Alipay did not answer the bill query: connect timed out");
      }
      downloads.add(beijingDay);
      return List.copyOf(day(beijingDay));
    }
  }

  /** The store in memory, with the conditions of the SQL (duplicate key, status and attempt). */
  static final class FakeStore implements ReconciliationMapper {
    final Map<String, ReconciliationRunRow> runs = new HashMap<>();
    final List<ReconciliationDifferenceRow> differences = new ArrayList<>();
    final Map<Long, ChannelPaymentRow> payments = new HashMap<>();
    final List<ChannelRefundRow> refunds = new ArrayList<>();

    ReconciliationRunRow run(LocalDate day) {
      return runs.get(ChannelPayments.ALIPAY + day);
    }

    @Override
    public int insertRun(ReconciliationRunRow row) {
      if (runs.putIfAbsent(row.channel + row.billDay, row) != null) {
        throw new DuplicateKeyException("Duplicate entry for key PRIMARY");
      }
      return 1;
    }

    @Override
    public ReconciliationRunRow findRun(String channel, LocalDate billDay) {
      return runs.get(channel + billDay);
    }

    @Override
    public int takeOver(String channel, LocalDate billDay, String fromStatus, long fromAttempt, long attempt, Instant now) {
      ReconciliationRunRow r = runs.get(channel + billDay);
      if (r == null || !r.status.equals(fromStatus) || r.attempt != fromAttempt) {
        return 0;
      }
      r.status = "Running";
      r.attempt = attempt;
      r.startedAt = now;
      r.failureReason = null;
      return 1;
    }

    @Override
    public Long lockRun(String channel, LocalDate billDay) {
      ReconciliationRunRow r = runs.get(channel + billDay);
      return r == null ? null : r.attempt;
    }

    @Override
    public int finishRun(ReconciliationRunRow row) {
      ReconciliationRunRow r = runs.get(row.channel + row.billDay);
      if (r == null || !r.status.equals("Running") || r.attempt != row.attempt) {
        return 0;
      }
      r.status = "Finished";
      r.finishedAt = row.finishedAt;
      r.ourRecordCount = row.ourRecordCount;
      r.billLineCount = row.billLineCount;
      r.matchedCount = row.matchedCount;
      r.neighbourCount = row.neighbourCount;
      r.differenceCount = row.differenceCount;
      return 1;
    }

    @Override
    public int failRun(String channel, LocalDate billDay, long attempt, String reason, Instant now) {
      ReconciliationRunRow r = runs.get(channel + billDay);
      if (r == null || !r.status.equals("Running") || r.attempt != attempt) {
        return 0;
      }
      r.status = "Failed";
      r.failureReason = reason;
      return 1;
    }

    @Override
    public int deleteDifferences(String channel, LocalDate billDay) {
      int before = differences.size();
      differences.removeIf(d -> d.channel.equals(channel) && d.billDay.equals(billDay));
      return before - differences.size();
    }

    @Override
    public int insertDifferences(List<ReconciliationDifferenceRow> rows) {
      differences.addAll(rows);
      return rows.size();
    }

    @Override
    public List<ReconciliationDifferenceRow> findDifferences(String channel, LocalDate billDay) {
      return differences.stream().filter(d -> d.channel.equals(channel) && d.billDay.equals(billDay)).toList();
    }

    @Override
    public List<ChannelPaymentRow> succeededPayments(String channel, Instant from, Instant to) {
      return payments.values().stream().filter(p -> p.channel.equals(channel) && "Succeeded".equals(p.status)
          && !p.paidAt.isBefore(from) && p.paidAt.isBefore(to)).toList();
    }

    @Override
    public List<ChannelRefundRow> succeededRefunds(String channel, Instant from, Instant to) {
      return refunds.stream().filter(r -> "Succeeded".equals(r.status) && payments.get(r.paymentId).channel.equals(channel)
          && !r.updatedAt.isBefore(from) && r.updatedAt.isBefore(to)).toList();
    }

    @Override
    public List<ChannelPaymentRow> findPayments(Collection<Long> paymentIds) {
      return paymentIds.stream().map(payments::get).filter(p -> p != null).toList();
    }

    @Override
    public List<ChannelRefundRow> findRefunds(Collection<Long> paymentIds) {
      return refunds.stream().filter(r -> paymentIds.contains(r.paymentId)).toList();
    }
  }
}
