package io.cloudtrade.payment.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.PaymentErrors;
import io.cloudtrade.payment.api.ReconciliationDifference;
import io.cloudtrade.payment.api.ReconciliationErrors;
import io.cloudtrade.payment.api.ReconciliationReport;
import io.cloudtrade.payment.domain.BillComparison;
import io.cloudtrade.payment.domain.BillLine;
import io.cloudtrade.payment.domain.Difference;
import io.cloudtrade.payment.domain.LineType;
import io.cloudtrade.payment.domain.OurRecord;
import io.cloudtrade.payment.domain.RecordKey;
import io.cloudtrade.payment.persistence.ChannelPaymentRow;
import io.cloudtrade.payment.persistence.ChannelRefundRow;
import io.cloudtrade.payment.persistence.ReconciliationDifferenceRow;
import io.cloudtrade.payment.persistence.ReconciliationMapper;
import io.cloudtrade.payment.persistence.ReconciliationRunRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Reconciles one channel's day: downloads the channel's bill ({@link ChannelBill}), compares it with
 * our channel payments and refunds by the rules of {@link BillComparison}, and stores the report.
 *
 * <p>Our side of a day: succeeded payments by {@code paid_at}, succeeded refunds by the time they were
 * settled ({@code updated_at}, which only settling changes), of this channel, within the Beijing day.
 * Every bill line is looked up by its trade number whatever our record's date. When some of our records
 * are not on the day's bill, the bill of the day before is downloaded too, and that of the day after if
 * it is a full past day (today's bill is incomplete, and the real channels publish a day's bill the next
 * morning only): a record found there was booked by the channel across midnight and is not a difference.
 * A record of ours in the very last moments of a day that the channel booked the next day (possible only
 * with a clock running ahead of the channel's, since the channel books a payment before we hear of it)
 * therefore shows as MissingAtChannel until the day is reconciled again once the next day's bill exists.
 *
 * <p>Runs: one row per (channel, day) in reconciliation_run. Inserting it claims the day (a duplicate
 * key means another run, maybe on another node, has it); a new attempt takes over a Failed run, a
 * Running one older than {@code cloudtrade.payment.reconciliation.stale-after} (its node died), and, when
 * asked for explicitly, a Finished one, each by a conditional UPDATE from the state and attempt it saw.
 * The finished report replaces the day's differences and counts in one transaction, and only if the
 * attempt still holds the day; so re-running a day is idempotent and two runs never mix their reports.
 */
@Service
public class ReconcileChannels {
  static final String RUNNING = "Running";
  static final String FINISHED = "Finished";
  static final String FAILED = "Failed";
  private static final Logger log = LoggerFactory.getLogger(ReconcileChannels.class);
  private static final int BATCH = 500;

  private final ReconciliationMapper store;
  private final Map<String, ChannelBill> bills;
  private final TransactionOperations tx;
  private final IdGenerator ids;
  private final Duration staleAfter;
  private final Clock clock;

  @Autowired
  public ReconcileChannels(ReconciliationMapper store, List<ChannelBill> bills, TransactionOperations tx, IdGenerator ids,
      @Value("${cloudtrade.payment.reconciliation.stale-after:PT30M}") Duration staleAfter) {
    this(store, bills, tx, ids, staleAfter, Clock.systemUTC());
  }

  ReconcileChannels(ReconciliationMapper store, List<ChannelBill> bills, TransactionOperations tx, IdGenerator ids,
      Duration staleAfter, Clock clock) {
    this.store = store;
    this.bills = bills.stream().collect(Collectors.toMap(ChannelBill::channel, Function.identity(), (a, b) -> a, TreeMap::new));
    this.tx = tx;
    this.ids = ids;
    this.staleAfter = staleAfter;
    this.clock = clock;
  }

  /** The channels whose bills this payment service can download. */
  public List<String> channels() {
    return List.copyOf(bills.keySet());
  }

  /**
   * Reconciles the day now, replacing its stored report (see {@link io.cloudtrade.payment.api.ReconciliationService#reconcile}).
   */
  public Outcome<ReconciliationReport> reconcile(String channel, LocalDate beijingDay) {
    Outcome<ReconciliationReport> invalid = validate(channel, beijingDay);
    if (invalid != null) {
      return invalid;
    }
    ChannelBill bill = bills.get(channel);
    if (bill == null) {
      return Outcome.rejected(PaymentErrors.CHANNEL_UNAVAILABLE, channel + " is not configured on this payment service");
    }
    long attempt = ids.next();
    Claim claim = claim(channel, beijingDay, attempt, true);
    if (!claim.won()) {
      return Outcome.rejected(ReconciliationErrors.RECONCILIATION_RUNNING, "a reconciliation of " + channel + " for " + beijingDay
          + " is running since " + claim.seen().startedAt + "; ask again later");
    }
    return run(bill, beijingDay, attempt);
  }

  /**
   * The scheduled run of a day: reconciles it unless it is finished already or running elsewhere.
   *
   * @return empty when this node left the day alone; else what the run gave
   */
  public Optional<Outcome<ReconciliationReport>> reconcileUnlessDone(String channel, LocalDate beijingDay) {
    ChannelBill bill = bills.get(channel);
    if (bill == null || validate(channel, beijingDay) != null) {
      return Optional.empty();
    }
    long attempt = ids.next();
    return claim(channel, beijingDay, attempt, false).won() ? Optional.of(run(bill, beijingDay, attempt)) : Optional.empty();
  }

  /** The stored report of a day (see {@link io.cloudtrade.payment.api.ReconciliationService#getReconciliation}). */
  public Outcome<ReconciliationReport> get(String channel, LocalDate beijingDay) {
    Outcome<ReconciliationReport> invalid = validate(channel, beijingDay);
    return invalid != null ? invalid : stored(channel, beijingDay);
  }

  private Outcome<ReconciliationReport> validate(String channel, LocalDate day) {
    if (!ChannelPayments.ALIPAY.equals(channel) && !ChannelPayments.WECHATPAY.equals(channel)) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "channel must be " + ChannelPayments.ALIPAY + " or "
          + ChannelPayments.WECHATPAY);
    }
    if (day == null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "the day (a Beijing date) is required");
    }
    LocalDate today = BillComparison.dayOf(clock.instant());
    if (day.isAfter(today)) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, day + " is in the future (today is " + today + " in Beijing)");
    }
    return null;
  }

  private record Claim(boolean won, ReconciliationRunRow seen) {}

  /** Claims the day for {@code attempt}: a new run row, or a take-over of the one there (see the class comment). */
  private Claim claim(String channel, LocalDate day, long attempt, boolean redoFinished) {
    Instant now = now();
    ReconciliationRunRow row = new ReconciliationRunRow();
    row.channel = channel;
    row.billDay = day;
    row.status = RUNNING;
    row.attempt = attempt;
    row.startedAt = now;
    row.updatedAt = now;
    try {
      store.insertRun(row);
      return new Claim(true, row);
    } catch (DuplicateKeyException dayHasARun) {
      ReconciliationRunRow seen = store.findRun(channel, day);
      if (seen == null) {
        return new Claim(false, row);
      }
      boolean free = switch (seen.status) {
        case FAILED -> true;
        case FINISHED -> redoFinished;
        default -> seen.startedAt.isBefore(now.minus(staleAfter)); // Running: only when its node is gone
      };
      if (free && RUNNING.equals(seen.status)) {
        log.warn("reconciliation of {} for {} running since {} (attempt {}) is taken over as stale", channel, day, seen.startedAt,
            seen.attempt);
      }
      return new Claim(free && store.takeOver(channel, day, seen.status, seen.attempt, attempt, now) == 1, seen);
    }
  }

  private Outcome<ReconciliationReport> run(ChannelBill bill, LocalDate day, long attempt) {
    String channel = bill.channel();
    BillComparison.Result result;
    boolean stored;
    try {
      result = compare(bill, day);
      stored = store(channel, day, attempt, result);
    } catch (ChannelBill.Unavailable e) {
      store.failRun(channel, day, attempt, clip(e.getMessage(), 512), now());
      log.warn("reconciliation of {} for {} failed: the bill could not be had: {}", channel, day, e.getMessage());
      return Outcome.rejected(PaymentErrors.CHANNEL_UNAVAILABLE,
          channel + " bill of " + day + " could not be had: " + e.getMessage());
    } catch (RuntimeException e) {
      try {
        store.failRun(channel, day, attempt, clip(e.toString(), 512), now());
      } catch (RuntimeException alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
      throw e;
    }
    if (!stored) {
      return Outcome.rejected(ReconciliationErrors.RECONCILIATION_RUNNING, "another run of " + channel + " for " + day
          + " took the day over while this one ran; the stored report is that run's");
    }
    log.info("{} reconciled for {}: {} bill lines, {} of our records, {} matched, {} across midnight, {} differences", channel, day,
        result.billLines(), result.ourRecords(), result.matched(), result.onNeighbourBills(), result.differences().size());
    return stored(channel, day);
  }

  private BillComparison.Result compare(ChannelBill bill, LocalDate day) {
    String channel = bill.channel();
    List<BillLine> lines = bill.download(day);
    List<OurRecord> ourDay = ourRecordsWithin(channel, BillComparison.startOf(day), BillComparison.startOf(day.plusDays(1)));
    Map<RecordKey, OurRecord> known = ourRecordsFor(lines);
    Set<RecordKey> onNeighbourBills = new HashSet<>();
    if (!BillComparison.notOnBill(lines, ourDay).isEmpty()) {
      bill.download(day.minusDays(1)).forEach(l -> onNeighbourBills.add(l.key()));
      LocalDate today = BillComparison.dayOf(clock.instant());
      if (day.plusDays(1).isBefore(today)) {
        bill.download(day.plusDays(1)).forEach(l -> onNeighbourBills.add(l.key()));
      }
    }
    return BillComparison.compare(channel, lines, known, ourDay, onNeighbourBills);
  }

  /** Our succeeded payments and refunds of the channel whose money moved in [from, to), by our clock. */
  private List<OurRecord> ourRecordsWithin(String channel, Instant from, Instant to) {
    List<OurRecord> ours = new ArrayList<>();
    store.succeededPayments(channel, from, to).forEach(p -> ours.add(ofPayment(p)));
    store.succeededRefunds(channel, from, to).forEach(r -> ours.add(ofRefund(r, channel)));
    return ours;
  }

  /** Our records (whatever their channel, status and date) of the trades and refunds the bill names. */
  private Map<RecordKey, OurRecord> ourRecordsFor(List<BillLine> lines) {
    Set<Long> paymentIds = new LinkedHashSet<>();
    Set<Long> refundedIds = new LinkedHashSet<>();
    for (BillLine l : lines) {
      Long id = paymentId(l.outTradeNo());
      if (id != null) {
        paymentIds.add(id);
        if (l.type() == LineType.REFUND) {
          refundedIds.add(id);
        }
      }
    }
    Map<Long, ChannelPaymentRow> payments = new HashMap<>();
    for (List<Long> batch : batches(paymentIds)) {
      store.findPayments(batch).forEach(p -> payments.put(p.paymentId, p));
    }
    Map<RecordKey, OurRecord> known = new HashMap<>();
    payments.values().forEach(p -> known.put(ofPayment(p).key(), ofPayment(p)));
    for (List<Long> batch : batches(refundedIds)) {
      for (ChannelRefundRow r : store.findRefunds(batch)) {
        ChannelPaymentRow p = payments.get(r.paymentId);
        if (p != null) {
          OurRecord refund = ofRefund(r, p.channel);
          known.put(refund.key(), refund);
        }
      }
    }
    return known;
  }

  private static OurRecord ofPayment(ChannelPaymentRow p) {
    return new OurRecord(LineType.PAY, Long.toString(p.paymentId), "", p.channel, p.amountMinor, p.currency, p.status,
        ChannelPayments.SUCCEEDED.equals(p.status) ? (p.paidAt != null ? p.paidAt : p.updatedAt) : null);
  }

  private static OurRecord ofRefund(ChannelRefundRow r, String channel) {
    return new OurRecord(LineType.REFUND, Long.toString(r.paymentId), r.requestNo, channel, r.amountMinor, r.currency, r.status,
        ChannelPayments.SUCCEEDED.equals(r.status) ? r.updatedAt : null);
  }

  /** Replaces the day's report, if {@code attempt} still holds the day: in one transaction. */
  private boolean store(String channel, LocalDate day, long attempt, BillComparison.Result result) {
    Instant now = now();
    ReconciliationRunRow run = new ReconciliationRunRow();
    run.channel = channel;
    run.billDay = day;
    run.attempt = attempt;
    run.finishedAt = now;
    run.updatedAt = now;
    run.ourRecordCount = result.ourRecords();
    run.billLineCount = result.billLines();
    run.matchedCount = result.matched();
    run.neighbourCount = result.onNeighbourBills();
    run.differenceCount = result.differences().size();
    List<ReconciliationDifferenceRow> rows = result.differences().stream().map(d -> row(channel, day, d)).toList();
    Boolean stored = tx.execute(status -> {
      Long holder = store.lockRun(channel, day);
      if (holder == null || holder != attempt) {
        return false;
      }
      store.deleteDifferences(channel, day);
      for (int i = 0; i < rows.size(); i += BATCH) {
        store.insertDifferences(rows.subList(i, Math.min(rows.size(), i + BATCH)));
      }
      if (store.finishRun(run) != 1) {
        status.setRollbackOnly();
        return false;
      }
      return true;
    });
    return Boolean.TRUE.equals(stored);
  }

  private ReconciliationDifferenceRow row(String channel, LocalDate day, Difference d) {
    ReconciliationDifferenceRow r = new ReconciliationDifferenceRow();
    r.differenceId = ids.next();
    r.channel = channel;
    r.billDay = day;
    r.kind = d.kind().wire();
    r.lineType = d.key().type().name();
    r.outTradeNo = clip(d.key().outTradeNo(), 64);
    r.refundRequestNo = d.key().type() == LineType.PAY ? null : clip(d.key().refundRequestNo(), 64);
    r.channelTradeNo = clip(d.channelTradeNo(), 64);
    r.ourAmountMinor = d.ourAmountMinor();
    r.ourStatus = d.ourStatus();
    r.ourTime = d.ourTime();
    r.channelAmountMinor = d.channelAmountMinor();
    r.channelStatus = clip(d.channelStatus(), 32);
    r.channelTime = d.channelTime();
    r.currency = d.currency();
    r.note = clip(d.note(), 256);
    return r;
  }

  private Outcome<ReconciliationReport> stored(String channel, LocalDate day) {
    ReconciliationRunRow run = store.findRun(channel, day);
    if (run == null) {
      return Outcome.rejected(ReconciliationErrors.RECONCILIATION_NOT_FOUND, channel + " has not been reconciled for " + day);
    }
    if (run.finishedAt == null) {
      return Outcome.rejected(ReconciliationErrors.RECONCILIATION_NOT_FOUND, FAILED.equals(run.status)
          ? "the reconciliation of " + channel + " for " + day + " failed: " + run.failureReason
          : "the first reconciliation of " + channel + " for " + day + " is " + run.status + " since " + run.startedAt);
    }
    List<ReconciliationDifference> differences = new ArrayList<>();
    for (ReconciliationDifferenceRow d : store.findDifferences(channel, day)) {
      differences.add(new ReconciliationDifference()
          .setKind(d.kind)
          .setLineType(d.lineType)
          .setOutTradeNo(d.outTradeNo)
          .setRefundRequestNo(d.refundRequestNo)
          .setChannelTradeNo(d.channelTradeNo)
          .setOurAmount(d.ourAmountMinor == null ? null : Money.ofMinor(d.ourAmountMinor, d.currency))
          .setOurStatus(d.ourStatus)
          .setOurTime(d.ourTime)
          .setChannelAmount(d.channelAmountMinor == null ? null : Money.ofMinor(d.channelAmountMinor, d.currency))
          .setChannelStatus(d.channelStatus)
          .setChannelTime(d.channelTime)
          .setNote(d.note));
    }
    return Outcome.ok(new ReconciliationReport()
        .setChannel(channel)
        .setDay(day)
        .setOurRecordCount(run.ourRecordCount)
        .setBillLineCount(run.billLineCount)
        .setMatchedCount(run.matchedCount)
        .setOnNeighbourBillsCount(run.neighbourCount)
        .setDifferences(differences)
        .setFinishedAt(run.finishedAt));
  }

  private static List<List<Long>> batches(Set<Long> ids) {
    List<Long> all = new ArrayList<>(ids);
    List<List<Long>> batches = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      batches.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    }
    return batches;
  }

  private static Long paymentId(String outTradeNo) {
    try {
      return outTradeNo == null ? null : Long.parseLong(outTradeNo.trim());
    } catch (NumberFormatException notOurs) {
      return null;
    }
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
