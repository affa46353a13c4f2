package io.cloudtrade.lifecycle.adapter.dubbo;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.lifecycle.api.LifecycleOperations;
import io.cloudtrade.lifecycle.api.StuckWork;
import io.cloudtrade.lifecycle.application.StuckProductionWork;
import org.apache.dubbo.config.annotation.DubboService;

/** Exports {@link LifecycleOperations} to the gateway's admin API over Dubbo; the work is in {@link StuckProductionWork}. */
@DubboService
public class LifecycleOperationsProvider implements LifecycleOperations {
  private final StuckProductionWork stuck;

  public LifecycleOperationsProvider(StuckProductionWork stuck) {
    this.stuck = stuck;
  }

  @Override
  public Outcome<Page<StuckWork>> listStuckWork(PageRequest page) {
    return stuck.list(page);
  }

  @Override
  public Outcome<StuckWork> retryStuckWork(String instanceId) {
    return stuck.retry(instanceId);
  }
}
