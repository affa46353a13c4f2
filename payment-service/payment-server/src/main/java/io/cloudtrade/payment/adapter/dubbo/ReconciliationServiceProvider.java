package io.cloudtrade.payment.adapter.dubbo;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.payment.api.ReconciliationReport;
import io.cloudtrade.payment.api.ReconciliationService;
import io.cloudtrade.payment.application.ReconcileChannels;
import java.time.LocalDate;
import org.apache.dubbo.config.annotation.DubboService;

/**
 * Exports {@link ReconciliationService} over Dubbo. A day's run downloads bills and writes every
 * difference: it gets two minutes rather than the platform's default 10 s call timeout.
 */
@DubboService(timeout = 120_000)
public class ReconciliationServiceProvider implements ReconciliationService {
  private final ReconcileChannels reconcile;

  public ReconciliationServiceProvider(ReconcileChannels reconcile) {
    this.reconcile = reconcile;
  }

  @Override
  public Outcome<ReconciliationReport> reconcile(String channel, LocalDate beijingDay) {
    return reconcile.reconcile(channel, beijingDay);
  }

  @Override
  public Outcome<ReconciliationReport> getReconciliation(String channel, LocalDate beijingDay) {
    return reconcile.get(channel, beijingDay);
  }
}
