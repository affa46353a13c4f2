package io.cloudtrade.lifecycle.adapter.dubbo;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.application.QueryInstances;
import io.cloudtrade.lifecycle.application.SetRenewal;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboService;

/** Exports {@link InstanceService} over Dubbo; the work is in {@link QueryInstances} and {@link SetRenewal}. */
@DubboService
public class InstanceServiceProvider implements InstanceService {
  private final QueryInstances queries;
  private final SetRenewal renewals;

  public InstanceServiceProvider(QueryInstances queries, SetRenewal renewals) {
    this.queries = queries;
    this.renewals = renewals;
  }

  @Override
  public Outcome<Page<InstanceView>> queryInstances(InstanceQuery query) {
    return queries.query(query);
  }

  @Override
  public Outcome<InstanceView> getInstance(long accountId, String instanceId) {
    return queries.get(accountId, instanceId);
  }

  @Override
  public Outcome<Integer> setRenewal(long accountId, List<String> instanceIds, String renewStatus, Integer renewPeriod,
      String renewPeriodUnit) {
    return renewals.set(accountId, instanceIds, renewStatus, renewPeriod, renewPeriodUnit);
  }
}
