package io.cloudtrade.lifecycle.adapter.dubbo;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.application.QueryInstances;
import org.apache.dubbo.config.annotation.DubboService;

/** Exports {@link InstanceService} over Dubbo; the work is in {@link QueryInstances}. */
@DubboService
public class InstanceServiceProvider implements InstanceService {
  private final QueryInstances queries;

  public InstanceServiceProvider(QueryInstances queries) {
    this.queries = queries;
  }

  @Override
  public Outcome<Page<InstanceView>> queryInstances(InstanceQuery query) {
    return queries.query(query);
  }

  @Override
  public Outcome<InstanceView> getInstance(long accountId, String instanceId) {
    return queries.get(accountId, instanceId);
  }
}
