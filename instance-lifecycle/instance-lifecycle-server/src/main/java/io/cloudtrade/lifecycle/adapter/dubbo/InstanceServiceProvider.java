package io.cloudtrade.lifecycle.adapter.dubbo;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.application.QueryInstances;
import io.cloudtrade.lifecycle.application.ReleasePayAsYouGo;
import io.cloudtrade.lifecycle.application.SetRenewal;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboService;

/**
 * Exports {@link InstanceService} over Dubbo; the work is in {@link QueryInstances}, {@link
 * SetRenewal} and {@link ReleasePayAsYouGo}.
 */
@DubboService
public class InstanceServiceProvider implements InstanceService {
  private final QueryInstances queries;
  private final SetRenewal renewals;
  private final ReleasePayAsYouGo releases;

  public InstanceServiceProvider(QueryInstances queries, SetRenewal renewals, ReleasePayAsYouGo releases) {
    this.queries = queries;
    this.renewals = renewals;
    this.releases = releases;
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

  @Override
  public Outcome<Integer> releasePayAsYouGo(long accountId, List<String> instanceIds) {
    return releases.release(accountId, instanceIds);
  }
}
