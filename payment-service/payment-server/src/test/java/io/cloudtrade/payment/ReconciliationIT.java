package io.cloudtrade.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.payment.api.ChannelPayment;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.ChannelRefund;
import io.cloudtrade.payment.api.RefundChannelPaymentRequest;
import io.cloudtrade.payment.api.ReconciliationDifference;
import io.cloudtrade.payment.api.ReconciliationErrors;
import io.cloudtrade.payment.api.ReconciliationReport;
import io.cloudtrade.payment.api.StartChannelPaymentRequest;
import io.cloudtrade.payment.application.DailyReconciliation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily reconciliation against the real sandboxes of both channels, over Dubbo: payments taken and
 * refunded through the channels' protocols, bills downloaded through their SDKs, differences made for
 * real by changing our records behind the payment service's back.
 *
 * <p>Every integration test class of the module shares the sandboxes and the database, so a day's bill
 * also holds other tests' trades (some of which are differences on purpose); the assertions are about
 * this test's own trades. Bill days are Beijing dates: each scenario reconciles every day its trades
 * touched (two when it runs across Beijing midnight), and a trade the channel booked before midnight
 * that we recorded after it is matched on the channel's day and found across midnight on ours.
 */
class ReconciliationIT extends PaymentServerTestContext {
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Autowired DailyReconciliation daily;

  @BeforeEach
  void routeNotifies() {
    Sandboxes.get().target = clients.channels;
  }

  static StartChannelPaymentRequest qr(String channel, String amount) {
    long order = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    return new StartChannelPaymentRequest().setAccountId(order + 1).setOrderId(order).setAmount(Money.of(amount, "CNY"))
        .setChannel(channel).setScene(ChannelPayments.QR).setSubject("ecs.g7.large, 1 month");
  }

  /** A QR payment started at the channel, not paid. */
  ChannelPayment started(String channel, String amount) {
    Outcome<ChannelPayment> started = clients.channels.startChannelPayment(qr(channel, amount));
    assertThat(started.isOk()).as(started.toString()).isTrue();
    return started.value();
  }

  /** A QR payment the customer paid at the channel, Succeeded here by the channel's notify. */
  ChannelPayment paid(String channel, String amount) throws Exception {
    ChannelPayment p = started(channel, amount);
    if (ChannelPayments.ALIPAY.equals(channel)) {
      Sandboxes.get().control("/sandbox/trades/" + p.getPaymentId() + "/scan", "{\"outcome\":\"SUCCESS\"}");
    } else {
      Sandboxes.get().wechatControl("/sandbox/transactions/" + p.getPaymentId() + "/scan", "{\"outcome\":\"SUCCESS\"}");
    }
    long deadline = System.currentTimeMillis() + 30_000;
    ChannelPayment now = p;
    while (!ChannelPayments.SUCCEEDED.equals(now.getStatus()) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      now = clients.channels.getChannelPayment(p.getAccountId(), p.getPaymentId()).value();
    }
    assertThat(now.getStatus()).as("payment " + p.getPaymentId()).isEqualTo(ChannelPayments.SUCCEEDED);
    return now;
  }

  void refund(ChannelPayment p, String amount, String requestNo) {
    Outcome<ChannelRefund> r = clients.channels.refundChannelPayment(new RefundChannelPaymentRequest()
        .setAccountId(p.getAccountId()).setPaymentId(p.getPaymentId()).setAmount(Money.of(amount, "CNY")).setRequestNo(requestNo)
        .setReason("unsubscribed"));
    assertThat(r.isOk()).as(r.toString()).isTrue();
    assertThat(r.value().getStatus()).isEqualTo("Succeeded");
  }

  /** Reconciles every Beijing day from {@code from} to now (one, or two across midnight): their reports. */
  List<ReconciliationReport> reconcileSince(String channel, Instant from) {
    Set<LocalDate> days = new TreeSet<>(List.of(LocalDate.ofInstant(from, BEIJING), LocalDate.now(BEIJING)));
    List<ReconciliationReport> reports = new ArrayList<>();
    for (LocalDate day : days) {
      Outcome<ReconciliationReport> r = clients.reconciliation.reconcile(channel, day);
      assertThat(r.isOk()).as(r.toString()).isTrue();
      assertThat(r.value().getChannel()).isEqualTo(channel);
      assertThat(r.value().getDay()).isEqualTo(day);
      reports.add(r.value());
    }
    return reports;
  }

  /** The reports' differences about these payments. */
  static List<ReconciliationDifference> about(List<ReconciliationReport> reports, ChannelPayment... payments) {
    Set<String> ids = Arrays.stream(payments).map(p -> Long.toString(p.getPaymentId())).collect(Collectors.toSet());
    return reports.stream().flatMap(r -> r.getDifferences().stream()).filter(d -> ids.contains(d.getOutTradeNo())).toList();
  }

  static ReconciliationDifference only(List<ReconciliationDifference> differences, ChannelPayment p) {
    String id = Long.toString(p.getPaymentId());
    List<ReconciliationDifference> of = differences.stream().filter(d -> d.getOutTradeNo().equals(id)).toList();
    assertThat(of).as("differences of payment " + p.getPaymentId()).hasSize(1);
    return of.get(0);
  }

  static String paidStatus(String channel) {
    return ChannelPayments.ALIPAY.equals(channel) ? "TRADE_SUCCESS" : "SUCCESS";
  }

  static String refundedStatus(String channel) {
    return ChannelPayments.ALIPAY.equals(channel) ? "REFUND_SUCCESS" : "SUCCESS";
  }

  @ParameterizedTest
  @ValueSource(strings = {ChannelPayments.ALIPAY, ChannelPayments.WECHATPAY})
  void aDayOfPaymentsAndARefundReconcilesWithoutDifferences(String channel) throws Exception {
    Instant from = Instant.now();
    ChannelPayment first = paid(channel, "12.30");
    ChannelPayment second = paid(channel, "7.00");
    refund(second, "2.00", "rc-" + second.getPaymentId());

    List<ReconciliationReport> reports = reconcileSince(channel, from);
    assertThat(about(reports, first, second)).isEmpty();
    assertThat(reports.stream().mapToInt(ReconciliationReport::getMatchedCount).sum()).isGreaterThanOrEqualTo(3);
    for (ReconciliationReport r : reports) {
      ReconciliationReport stored = clients.reconciliation.getReconciliation(channel, r.getDay()).value();
      assertThat(stored.getFinishedAt()).isEqualTo(r.getFinishedAt());
      assertThat(stored.getDifferences()).hasSameSizeAs(r.getDifferences());
      assertThat(stored.getMatchedCount()).isEqualTo(r.getMatchedCount());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {ChannelPayments.ALIPAY, ChannelPayments.WECHATPAY})
  void eachKindOfDifferenceIsFoundAndRunningTheDayAgainReplacesItsReport(String channel) throws Exception {
    Instant from = Instant.now();
    // we mark Succeeded a payment the channel never took
    ChannelPayment neverPaid = started(channel, "3.10");
    assertThat(jdbc.update("UPDATE channel_payment SET status = 'Succeeded', paid_at = UTC_TIMESTAMP(3) WHERE payment_id = ?"
        + " AND status = 'Pending'", neverPaid.getPaymentId())).isEqualTo(1);
    // paid at the channel, Closed here
    ChannelPayment closedHere = paid(channel, "4.20");
    assertThat(jdbc.update("UPDATE channel_payment SET status = 'Closed' WHERE payment_id = ? AND status = 'Succeeded'",
        closedHere.getPaymentId())).isEqualTo(1);
    // paid at the channel, no record here
    ChannelPayment lostHere = paid(channel, "5.30");
    assertThat(jdbc.update("DELETE FROM channel_payment WHERE payment_id = ?", lostHere.getPaymentId())).isEqualTo(1);
    // paid at the channel for another amount than ours
    ChannelPayment otherAmount = paid(channel, "6.40");
    assertThat(jdbc.update("UPDATE channel_payment SET amount_minor = amount_minor + 1 WHERE payment_id = ?",
        otherAmount.getPaymentId())).isEqualTo(1);
    // refunded at the channel, the refund lost here (its payment is in order)
    ChannelPayment refunded = paid(channel, "8.00");
    refund(refunded, "1.00", "rr-" + refunded.getPaymentId());
    assertThat(jdbc.update("DELETE FROM channel_refund WHERE payment_id = ?", refunded.getPaymentId())).isEqualTo(1);

    List<ReconciliationReport> reports = reconcileSince(channel, from);
    List<ReconciliationDifference> found = about(reports, neverPaid, closedHere, lostHere, otherAmount, refunded);
    assertThat(found).hasSize(5);

    ReconciliationDifference missingAtChannel = only(found, neverPaid);
    assertThat(missingAtChannel.getKind()).isEqualTo("MissingAtChannel");
    assertThat(missingAtChannel.getLineType()).isEqualTo(ReconciliationDifference.PAY);
    assertThat(missingAtChannel.getOurAmount()).isEqualTo(Money.of("3.10", "CNY"));
    assertThat(missingAtChannel.getOurStatus()).isEqualTo(ChannelPayments.SUCCEEDED);
    assertThat(missingAtChannel.getChannelAmount()).isNull();

    ReconciliationDifference statusDiffers = only(found, closedHere);
    assertThat(statusDiffers.getKind()).isEqualTo("StatusDiffers");
    assertThat(statusDiffers.getOurStatus()).isEqualTo(ChannelPayments.CLOSED);
    assertThat(statusDiffers.getChannelStatus()).isEqualTo(paidStatus(channel));
    assertThat(statusDiffers.getChannelAmount()).isEqualTo(Money.of("4.20", "CNY"));
    assertThat(statusDiffers.getChannelTradeNo()).isEqualTo(closedHere.getChannelTradeNo());

    ReconciliationDifference missingInOurs = only(found, lostHere);
    assertThat(missingInOurs.getKind()).isEqualTo("MissingInOurRecords");
    assertThat(missingInOurs.getOurAmount()).isNull();
    assertThat(missingInOurs.getChannelAmount()).isEqualTo(Money.of("5.30", "CNY"));

    ReconciliationDifference amountDiffers = only(found, otherAmount);
    assertThat(amountDiffers.getKind()).isEqualTo("AmountDiffers");
    assertThat(amountDiffers.getOurAmount()).isEqualTo(Money.of("6.41", "CNY"));
    assertThat(amountDiffers.getChannelAmount()).isEqualTo(Money.of("6.40", "CNY"));

    ReconciliationDifference refundMissing = only(found, refunded);
    assertThat(refundMissing.getKind()).isEqualTo("MissingInOurRecords");
    assertThat(refundMissing.getLineType()).isEqualTo(ReconciliationDifference.REFUND);
    assertThat(refundMissing.getRefundRequestNo()).isEqualTo("rr-" + refunded.getPaymentId());
    assertThat(refundMissing.getChannelAmount()).isEqualTo(Money.of("1.00", "CNY"));
    assertThat(refundMissing.getChannelStatus()).isEqualTo(refundedStatus(channel));

    // again: the same differences, once each; the stored report is the new one, nothing left of the old
    List<ReconciliationReport> again = reconcileSince(channel, from);
    assertThat(about(again, neverPaid, closedHere, lostHere, otherAmount, refunded))
        .extracting(ReconciliationDifference::getOutTradeNo, ReconciliationDifference::getKind)
        .containsExactlyInAnyOrderElementsOf(found.stream()
            .map(d -> tuple(d.getOutTradeNo(), d.getKind())).toList());
    for (ReconciliationReport r : again) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reconciliation_difference WHERE channel = ? AND bill_day = ?",
          Integer.class, channel, r.getDay())).isEqualTo(r.getDifferences().size());
      ReconciliationReport stored = clients.reconciliation.getReconciliation(channel, r.getDay()).value();
      assertThat(stored.getFinishedAt()).isEqualTo(r.getFinishedAt());
      assertThat(stored.getDifferences()).extracting(ReconciliationDifference::getOutTradeNo, ReconciliationDifference::getKind)
          .containsExactlyElementsOf(r.getDifferences().stream()
              .map(d -> tuple(d.getOutTradeNo(), d.getKind())).toList());
    }
  }

  @Test
  void aDayAnotherNodeIsRunningIsLeftToItUntilItsRunIsStale() {
    LocalDate day = LocalDate.of(2020, 2, 29);
    for (String channel : List.of(ChannelPayments.ALIPAY, ChannelPayments.WECHATPAY)) {
      jdbc.update("INSERT INTO reconciliation_run (channel, bill_day, status, attempt, started_at, updated_at)"
          + " VALUES (?, ?, 'Running', 42, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))", channel, day);
      assertThat(daily.runDay(channel, day)).isFalse();
      assertThat(clients.reconciliation.reconcile(channel, day).code()).isEqualTo(ReconciliationErrors.RECONCILIATION_RUNNING);
      assertThat(clients.reconciliation.getReconciliation(channel, day).code())
          .isEqualTo(ReconciliationErrors.RECONCILIATION_NOT_FOUND);

      jdbc.update("UPDATE reconciliation_run SET started_at = UTC_TIMESTAMP(3) - INTERVAL 2 HOUR WHERE channel = ? AND bill_day = ?",
          channel, day); // the node that took it died
      assertThat(daily.runDay(channel, day)).isTrue();
      ReconciliationReport report = clients.reconciliation.getReconciliation(channel, day).value();
      assertThat(report.getBillLineCount()).isZero();
      assertThat(report.getDifferences()).isEmpty();
      assertThat(jdbc.queryForObject("SELECT status FROM reconciliation_run WHERE channel = ? AND bill_day = ?", String.class,
          channel, day)).isEqualTo("Finished");
      assertThat(daily.runDay(channel, day)).as("a finished day is left alone by the schedule").isFalse();
    }
  }

  @Test
  void badRequestsAreRejectedWithTheirCodes() {
    LocalDate future = LocalDate.now(BEIJING).plusDays(2);
    assertThat(clients.reconciliation.reconcile("Paypal", LocalDate.of(2026, 1, 1)).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.reconciliation.reconcile(ChannelPayments.ALIPAY, future).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.reconciliation.reconcile(ChannelPayments.ALIPAY, null).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.reconciliation.getReconciliation(ChannelPayments.WECHATPAY, LocalDate.of(1999, 12, 31)).code())
        .isEqualTo(ReconciliationErrors.RECONCILIATION_NOT_FOUND);
  }
}
