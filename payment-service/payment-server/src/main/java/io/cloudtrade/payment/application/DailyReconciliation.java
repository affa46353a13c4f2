package io.cloudtrade.payment.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.payment.api.ReconciliationReport;
import io.cloudtrade.payment.domain.BillComparison;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Reconciles every configured channel's yesterday (Beijing date) each morning, after the channels
 * publish their bills (Alipay from about 09:00, WeChat Pay from 10:00 Beijing time). The default cron,
 * {@code 0 30 10,12,16 * * *} in Asia/Shanghai, runs at 10:30 and looks again at 12:30 and 16:30: a
 * day finished by then is left alone, a failed one (the bill was not there yet) is tried again. Set
 * {@code cloudtrade.payment.reconciliation.cron} to change it, or to {@code -} to switch it off.
 *
 * <p>Safe with several payment-server nodes: they all fire, and the conditional insert of the day's
 * run row ({@link ReconcileChannels}) lets exactly one of them run the day; the others see the row and
 * leave the day alone. No Redis lock is involved, so a node that dies mid-run holds the day only until
 * its run is older than {@code cloudtrade.payment.reconciliation.stale-after} (30 minutes).
 */
@Service
public class DailyReconciliation {
  private static final Logger log = LoggerFactory.getLogger(DailyReconciliation.class);

  private final ReconcileChannels reconcile;
  private final Clock clock = Clock.systemUTC();

  public DailyReconciliation(ReconcileChannels reconcile) {
    this.reconcile = reconcile;
  }

  @Scheduled(cron = "${cloudtrade.payment.reconciliation.cron:0 30 10,12,16 * * *}", zone = "Asia/Shanghai")
  public void reconcileYesterday() {
    LocalDate yesterday = BillComparison.dayOf(clock.instant()).minusDays(1);
    for (String channel : reconcile.channels()) {
      try {
        runDay(channel, yesterday);
      } catch (RuntimeException e) {
        log.error("reconciliation of {} for {} failed: {}", channel, yesterday, e.toString());
      }
    }
  }

  /**
   * Reconciles a channel's day unless it is finished already or another node is on it.
   *
   * @return whether this node ran it (successfully or not)
   */
  public boolean runDay(String channel, LocalDate day) {
    Optional<Outcome<ReconciliationReport>> ran = reconcile.reconcileUnlessDone(channel, day);
    if (ran.isEmpty()) {
      log.info("reconciliation of {} for {} is finished or running elsewhere; left alone", channel, day);
      return false;
    }
    Outcome<ReconciliationReport> outcome = ran.get();
    if (!outcome.isOk()) {
      log.warn("reconciliation of {} for {} not done: {} {}", channel, day, outcome.code(), outcome.message());
    } else if (!outcome.value().getDifferences().isEmpty()) {
      log.warn("ALERT reconciliation of {} for {} found {} differences with the channel's bill", channel, day,
          outcome.value().getDifferences().size());
    }
    return true;
  }
}
