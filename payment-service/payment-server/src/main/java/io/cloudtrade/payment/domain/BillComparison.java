package io.cloudtrade.payment.domain;

import io.cloudtrade.payment.api.ReconciliationDifferenceKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the daily reconciliation: one channel's bill of one Beijing day against our records.
 *
 * <p>Matching is by key, never by date: a payment by its out_trade_no (our payment id), a refund by
 * out_trade_no and request number (Alipay out_request_no, WeChat Pay out_refund_no). Each line of the
 * day's bill is looked up among our records whatever their date, because our {@code paid_at} is our
 * own clock: a payment the channel books at 23:59:59.990 may be ours at 00:00:00.020 the next day.
 *
 * <ul>
 *   <li>A bill line none of our records of this channel has: {@code MissingInOurRecords}. A second line
 *       for the same key is one too (the channel lists a movement twice; we have one record).
 *   <li>A bill line whose record we have, but one side counts the money as moved and the other does
 *       not (a PAY line for a payment we have Closed, Failed or still Pending; a REFUND line for a refund
 *       we have Pending or Failed; a line the channel still has PROCESSING for a refund we have
 *       Succeeded): {@code StatusDiffers}, with both statuses.
 *   <li>Both agree, different amounts: {@code AmountDiffers}. Otherwise the line is matched.
 *   <li>Our records of the day (succeeded payments by {@code paid_at}, succeeded refunds by the time they
 *       were settled, of this channel, strictly inside the Beijing day) that no line of the day's bill
 *       names are looked for in the bills of the neighbouring days: found there, the channel booked them
 *       across midnight and they are counted as such; found nowhere: {@code MissingAtChannel}.
 * </ul>
 *
 * <p>Which neighbouring bills are available is the caller's business ({@link #notOnBill} says whether
 * any are needed at all). A channel books a payment before we hear of it, so the day before is where
 * such a record is; the day after matters only for a clock that runs ahead of the channel's.
 *
 * <p>A channel's status words count as money moved when they are one of {@link #MONEY_MOVED}: Alipay's
 * TRADE_SUCCESS, TRADE_FINISHED, REFUND_SUCCESS; WeChat Pay's SUCCESS, and REVOKED (a reversed micropay,
 * whose REFUND line gave the money back).
 */
public final class BillComparison {
  /** The Beijing time zone, in which both channels cut their bills. */
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  /** The channels' status words of a line whose money moved. */
  public static final Set<String> MONEY_MOVED = Set.of("TRADE_SUCCESS", "TRADE_FINISHED", "REFUND_SUCCESS", "SUCCESS", "REVOKED");

  private BillComparison() {}

  /**
   * What a comparison found.
   *
   * @param ourRecords our records of the day compared
   * @param billLines lines of the day's bill
   * @param matched bill lines that agree with our record of them
   * @param onNeighbourBills our records of the day found on a neighbouring day's bill
   */
  public record Result(List<Difference> differences, int ourRecords, int billLines, int matched, int onNeighbourBills) {}

  /** The first instant of a Beijing day. */
  public static Instant startOf(LocalDate beijingDay) {
    return beijingDay.atStartOfDay(BEIJING).toInstant();
  }

  /** The Beijing day an instant falls on. */
  public static LocalDate dayOf(Instant t) {
    return t.atZone(BEIJING).toLocalDate();
  }

  /** Our records of the day that no line of the day's bill names: those to look for on the neighbouring days' bills. */
  public static List<OurRecord> notOnBill(List<BillLine> bill, List<OurRecord> ourDay) {
    Set<RecordKey> onBill = new HashSet<>();
    bill.forEach(l -> onBill.add(l.key()));
    return ourDay.stream().filter(r -> !onBill.contains(r.key())).toList();
  }

  /**
   * Compares a day's bill with our records.
   *
   * @param channel the channel whose bill it is
   * @param bill the lines of the day's bill
   * @param known our records (of any channel and date) for the keys the bill names
   * @param ourDay our records of the channel whose money moved within the day, by our clock
   * @param onNeighbourBills the keys on the neighbouring days' bills (may be empty when {@link #notOnBill} was)
   */
  public static Result compare(String channel, List<BillLine> bill, Map<RecordKey, OurRecord> known, List<OurRecord> ourDay,
      Set<RecordKey> onNeighbourBills) {
    List<Difference> differences = new ArrayList<>();
    Set<RecordKey> seen = new HashSet<>();
    int matched = 0;
    for (BillLine line : bill) {
      RecordKey key = line.key();
      boolean repeated = !seen.add(key);
      OurRecord ours = repeated ? null : known.get(key);
      if (ours == null || !channel.equals(ours.channel())) {
        String note = repeated ? "the bill lists this " + key.type() + " again"
            : ours != null ? "our record of it is a " + ours.channel() + " " + key.type().name().toLowerCase() : null;
        differences.add(Difference.of(ReconciliationDifferenceKind.MISSING_IN_OUR_RECORDS, key, null, line, note));
        continue;
      }
      boolean channelMoved = MONEY_MOVED.contains(line.status());
      if (ours.moneyMoved() != channelMoved) {
        differences.add(Difference.of(ReconciliationDifferenceKind.STATUS_DIFFERS, key, ours, line, null));
      } else if (ours.amountMinor() != line.amountMinor()) {
        differences.add(Difference.of(ReconciliationDifferenceKind.AMOUNT_DIFFERS, key, ours, line, null));
      } else {
        matched++;
      }
    }
    int neighbours = 0;
    for (OurRecord ours : ourDay) {
      if (seen.contains(ours.key())) {
        continue;
      }
      if (onNeighbourBills.contains(ours.key())) {
        neighbours++;
      } else {
        differences.add(Difference.of(ReconciliationDifferenceKind.MISSING_AT_CHANNEL, ours.key(), ours, null, null));
      }
    }
    return new Result(differences, ourDay.size(), bill.size(), matched, neighbours);
  }
}
