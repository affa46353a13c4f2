package io.cloudtrade.gateway.openapi;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory InstanceService holding a few instances; records setRenewal's arguments and the last query. */
class FakeInstanceService implements InstanceService {
  final Map<String, InstanceView> byId = new LinkedHashMap<>();
  /** the last queryInstances argument */
  InstanceQuery lastQuery;
  /** the arguments of the last setRenewal: ids, status, period, unit */
  List<Object> renewal;
  /** the ids of the last releasePayAsYouGo */
  List<String> released;

  FakeInstanceService with(String instanceId, String productCode) {
    byId.put(instanceId, new InstanceView().setInstanceId(instanceId).setAccountId(7).setProductCode(productCode)
        .setProductType(productCode).setSubscriptionType("Subscription"));
    return this;
  }

  @Override
  public Outcome<Page<InstanceView>> queryInstances(InstanceQuery query) {
    lastQuery = query;
    List<String> statuses = query.getStatus() == null ? null : Arrays.asList(query.getStatus().split(","));
    List<InstanceView> found = new ArrayList<>();
    for (InstanceView i : byId.values()) {
      if ((query.getInstanceIds() == null || query.getInstanceIds().contains(i.getInstanceId()))
          && (statuses == null || statuses.contains(i.getStatus()))) {
        found.add(i);
      }
    }
    return Outcome.ok(new Page<>(query.getPageNum(), query.getPageSize(), found.size(), found));
  }

  @Override
  public Outcome<InstanceView> getInstance(long accountId, String instanceId) {
    InstanceView i = byId.get(instanceId);
    return i == null ? Outcome.rejected(LifecycleErrors.INSTANCE_NOT_FOUND, "no instance " + instanceId) : Outcome.ok(i);
  }

  @Override
  public Outcome<Integer> setRenewal(long accountId, List<String> instanceIds, String renewStatus, Integer renewPeriod,
      String renewPeriodUnit) {
    if (!byId.keySet().containsAll(instanceIds)) {
      return Outcome.rejected(LifecycleErrors.INSTANCE_NOT_FOUND, "unknown instance");
    }
    renewal = new ArrayList<>();
    renewal.add(instanceIds);
    renewal.add(renewStatus);
    renewal.add(renewPeriod);
    renewal.add(renewPeriodUnit);
    return Outcome.ok(instanceIds.size());
  }

  @Override
  public Outcome<Integer> releasePayAsYouGo(long accountId, List<String> instanceIds) {
    if (!byId.keySet().containsAll(instanceIds)) {
      return Outcome.rejected(LifecycleErrors.INSTANCE_NOT_FOUND, "unknown instance");
    }
    released = List.copyOf(instanceIds);
    return Outcome.ok(instanceIds.size());
  }
}
