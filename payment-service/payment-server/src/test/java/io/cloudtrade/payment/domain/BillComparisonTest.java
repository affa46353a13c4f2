package io.cloudtrade.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.ReconciliationDifferenceKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reconciliation rules with in-memory bills and records; no clock, no database, no channel. */
class BillComparisonTest {
  static final String ALIPAY = ChannelPayments.ALIPAY;
  static final LocalDate DAY = LocalDate.of(2026, 11, 24);
  /** 2026-11-24 12:00 in Beijing */
  static final Instant NOON = Instant.parse("2026-11-24T04:00:00Z");
  /** 2026-11-25 00:00 in Beijing */
  static final Instant MIDNIGHT = Instant.parse("2026-11-24T16:00:00Z");

  final List<BillLine> bill = new ArrayList<>();
  final Map<RecordKey, OurRecord> known = new HashMap<>();
  final List<OurRecord> ourDay = new ArrayList<>();

  static BillLine pay(String outTradeNo, long fen, String status, Instant at) {
    return new BillLine("2026112422001" + outTradeNo, outTradeNo, LineType.PAY, "", fen, status, at);
  }

  static BillLine refund(String outTradeNo, String requestNo, long fen, Instant at) {
    return new BillLine("2026112422001" + outTradeNo, outTradeNo, LineType.REFUND, requestNo, fen, "REFUND_SUCCESS", at);
  }

  static OurRecord payment(String id, long fen, String status, Instant paidAt) {
    return new OurRecord(LineType.PAY, id, "", ALIPAY, fen, "CNY", status, paidAt);
  }

  static OurRecord ourRefund(String id, String requestNo, long fen, String status, Instant at) {
    return new OurRecord(LineType.REFUND, id, requestNo, ALIPAY, fen, "CNY", status, at);
  }

  /** A record of ours: known by its key; one of the day's when its money moved within the day. */
  void ours(OurRecord r) {
    known.put(r.key(), r);
    if (r.moneyMoved() && r.time() != null && BillComparison.dayOf(r.time()).equals(DAY)) {
      ourDay.add(r);
    }
  }

  BillComparison.Result compare(Set<RecordKey> onNeighbourBills) {
    return BillComparison.compare(ALIPAY, bill, known, ourDay, onNeighbourBills);
  }

  @Test
  void aDayWhereBothSidesAgreeHasNoDifference() {
    bill.add(pay("1001", 1230, "TRADE_SUCCESS", NOON));
    bill.add(pay("1002", 700, "TRADE_SUCCESS", NOON.plusSeconds(60)));
    bill.add(refund("1002", "r1", 200, NOON.plusSeconds(120)));
    ours(payment("1001", 1230, "Succeeded", NOON.plusMillis(40)));
    ours(payment("1002", 700, "Succeeded", NOON.plusSeconds(60).plusMillis(40)));
    ours(ourRefund("1002", "r1", 200, "Succeeded", NOON.plusSeconds(120).plusMillis(10)));

    BillComparison.Result r = compare(Set.of());
    assertThat(r.differences()).isEmpty();
    assertThat(r.matched()).isEqualTo(3);
    assertThat(r.billLines()).isEqualTo(3);
    assertThat(r.ourRecords()).isEqualTo(3);
  }

  @Test
  void eachKindOfDifferenceCarriesBothSides() {
    ours(payment("2001", 310, "Succeeded", NOON)); // the channel never took it
    bill.add(pay("2002", 420, "TRADE_SUCCESS", NOON)); // paid there, Closed here
    ours(payment("2002", 420, "Closed", null));
    bill.add(pay("2003", 530, "TRADE_SUCCESS", NOON)); // paid there, no record here
    bill.add(pay("2004", 640, "TRADE_SUCCESS", NOON)); // both paid, other amounts
    ours(payment("2004", 641, "Succeeded", NOON));
    bill.add(refund("2005", "r9", 100, NOON)); // refunded there, Pending here
    ours(ourRefund("2005", "r9", 100, "Pending", null));

    BillComparison.Result r = compare(Set.of());
    assertThat(r.matched()).isZero();
    assertThat(r.differences()).extracting(d -> d.key().outTradeNo() + " " + d.kind().wire()).containsExactlyInAnyOrder(
        "2001 MissingAtChannel", "2002 StatusDiffers", "2003 MissingInOurRecords", "2004 AmountDiffers", "2005 StatusDiffers");
    Difference missingAtChannel = find(r, "2001");
    assertThat(missingAtChannel.ourAmountMinor()).isEqualTo(310);
    assertThat(missingAtChannel.ourStatus()).isEqualTo("Succeeded");
    assertThat(missingAtChannel.channelAmountMinor()).isNull();
    Difference statusDiffers = find(r, "2002");
    assertThat(statusDiffers.ourStatus()).isEqualTo("Closed");
    assertThat(statusDiffers.channelStatus()).isEqualTo("TRADE_SUCCESS");
    Difference missingInOurs = find(r, "2003");
    assertThat(missingInOurs.ourAmountMinor()).isNull();
    assertThat(missingInOurs.channelAmountMinor()).isEqualTo(530);
    assertThat(missingInOurs.channelTradeNo()).isEqualTo("20261124220012003");
    Difference amountDiffers = find(r, "2004");
    assertThat(amountDiffers.ourAmountMinor()).isEqualTo(641);
    assertThat(amountDiffers.channelAmountMinor()).isEqualTo(640);
    assertThat(find(r, "2005").key().refundRequestNo()).isEqualTo("r9");
  }

  @Test
  void aRefundIsMatchedByItsRequestNumberAndARefundWeNeverMadeIsMissingInOurRecords() {
    bill.add(pay("3001", 1000, "TRADE_SUCCESS", NOON));
    bill.add(refund("3001", "r1", 100, NOON));
    bill.add(refund("3001", "r2", 200, NOON)); // not ours
    ours(payment("3001", 1000, "Succeeded", NOON));
    ours(ourRefund("3001", "r1", 100, "Succeeded", NOON));

    BillComparison.Result r = compare(Set.of());
    assertThat(r.matched()).isEqualTo(2);
    assertThat(r.differences()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ReconciliationDifferenceKind.MISSING_IN_OUR_RECORDS);
      assertThat(d.key()).isEqualTo(new RecordKey(LineType.REFUND, "3001", "r2"));
    });
  }

  @Test
  void aLineOfAnotherChannelsPaymentOrTwiceOnTheBillIsMissingInOurRecords() {
    bill.add(pay("4001", 500, "TRADE_SUCCESS", NOON));
    known.put(new RecordKey(LineType.PAY, "4001", ""),
        new OurRecord(LineType.PAY, "4001", "", ChannelPayments.WECHATPAY, 500, "CNY", "Succeeded", NOON));
    bill.add(pay("4002", 600, "TRADE_SUCCESS", NOON));
    bill.add(pay("4002", 600, "TRADE_SUCCESS", NOON.plusSeconds(1)));
    ours(payment("4002", 600, "Succeeded", NOON));

    BillComparison.Result r = compare(Set.of());
    assertThat(r.matched()).isEqualTo(1);
    assertThat(r.differences()).extracting(d -> d.key().outTradeNo() + " " + d.kind().wire())
        .containsExactly("4001 MissingInOurRecords", "4002 MissingInOurRecords");
    assertThat(r.differences().get(0).note()).contains("WechatPay");
    assertThat(r.differences().get(1).note()).contains("again");
  }

  @Test
  void aRefundTheChannelStillProcessesIsAStatusDifference() {
    bill.add(new BillLine("4200000001", "5001", LineType.REFUND, "r1", 100, "PROCESSING", NOON));
    ours(ourRefund("5001", "r1", 100, "Succeeded", NOON));

    assertThat(compare(Set.of()).differences()).singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(ReconciliationDifferenceKind.STATUS_DIFFERS));
  }

  /** Around midnight our paid_at and the channel's time may fall on different days. */
  @Test
  void aPaymentTheChannelBookedBeforeMidnightAndWeAfterIsMatchedByIdOnTheChannelsDay() {
    Instant channelTime = MIDNIGHT.minusMillis(10); // 23:59:59.990 on DAY
    Instant ourTime = MIDNIGHT.plusMillis(20); // 00:00:00.020 the next day
    bill.add(pay("6001", 990, "TRADE_SUCCESS", channelTime));
    ours(payment("6001", 990, "Succeeded", ourTime));

    BillComparison.Result r = compare(Set.of());
    assertThat(r.differences()).isEmpty();
    assertThat(r.matched()).isEqualTo(1);
    assertThat(r.ourRecords()).isZero(); // ours is the next day's record
  }

  @Test
  void ourRecordOfTheDayOnANeighbouringDaysBillIsNotMissingAtTheChannel() {
    Instant ourTime = BillComparison.startOf(DAY).plusMillis(5); // 00:00:00.005 on DAY
    ours(payment("7001", 100, "Succeeded", ourTime));
    ours(payment("7002", 200, "Succeeded", NOON));
    assertThat(BillComparison.notOnBill(bill, ourDay)).hasSize(2);

    BillComparison.Result r = compare(Set.of(new RecordKey(LineType.PAY, "7001", ""))); // on the day before's bill
    assertThat(r.onNeighbourBills()).isEqualTo(1);
    assertThat(r.differences()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ReconciliationDifferenceKind.MISSING_AT_CHANNEL);
      assertThat(d.key().outTradeNo()).isEqualTo("7002");
    });
  }

  @Test
  void theDayIsTheBeijingDate() {
    assertThat(BillComparison.dayOf(Instant.parse("2026-11-24T15:59:59.999Z"))).isEqualTo(DAY);
    assertThat(BillComparison.dayOf(Instant.parse("2026-11-24T16:00:00Z"))).isEqualTo(DAY.plusDays(1));
    assertThat(BillComparison.startOf(DAY)).isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
  }

  static Difference find(BillComparison.Result r, String outTradeNo) {
    return r.differences().stream().filter(d -> d.key().outTradeNo().equals(outTradeNo)).findFirst().orElseThrow();
  }
}
