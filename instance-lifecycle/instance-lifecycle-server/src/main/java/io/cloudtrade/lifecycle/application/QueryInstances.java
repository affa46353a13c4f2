package io.cloudtrade.lifecycle.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.persistence.InstanceFilter;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads an account's instances: one page of a filtered query, newest first, or one instance. */
@Service
public class QueryInstances {
  /** At most this many instance ids in one query. */
  static final int MAX_INSTANCE_IDS = 100;

  private final InstanceMapper instances;

  public QueryInstances(InstanceMapper instances) {
    this.instances = instances;
  }

  /**
   * One page of the account's instances; the status filter may list several statuses separated by
   * commas (an unknown one is rejected with InvalidParameter). A page number or size of 0 means the default (page 1,
   * {@value PageRequest#DEFAULT_PAGE_SIZE} items); negative values, or a size above {@value
   * PageRequest#MAX_PAGE_SIZE}, are rejected with InvalidParameter.
   */
  public Outcome<Page<InstanceView>> query(InstanceQuery q) {
    if (q == null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "the query is required");
    }
    if (q.getAccountId() <= 0) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "AccountId is required");
    }
    if (q.getInstanceIds() != null && q.getInstanceIds().size() > MAX_INSTANCE_IDS) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "at most " + MAX_INSTANCE_IDS + " InstanceIds");
    }
    PageRequest page;
    try {
      page = PageRequest.of(q.getPageNum() == 0 ? null : q.getPageNum(), q.getPageSize() == 0 ? null : q.getPageSize());
    } catch (IllegalArgumentException bad) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, bad.getMessage());
    }
    List<String> statuses;
    try {
      statuses = statuses(q.getStatus());
    } catch (IllegalArgumentException bad) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, bad.getMessage());
    }
    InstanceFilter f = new InstanceFilter(q.getAccountId(), blankToNull(q.getProductCode()), blankToNull(q.getRegion()),
        statuses, blankToNull(q.getSubscriptionType()), q.getInstanceIds());
    long total = instances.count(f);
    List<InstanceView> items = total <= page.offset()
        ? List.of()
        : instances.query(f, page.offset(), page.pageSize()).stream().map(InstanceViews::view).toList();
    return Outcome.ok(new Page<>(page.pageNum(), page.pageSize(), total, items));
  }

  /** One instance of the account; another account's instance is not found either. */
  public Outcome<InstanceView> get(long accountId, String instanceId) {
    if (instanceId == null || instanceId.isBlank()) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "InstanceId is required");
    }
    InstanceRow row = instances.find(instanceId);
    if (row == null || row.accountId != accountId) {
      return Outcome.rejected(LifecycleErrors.INSTANCE_NOT_FOUND, "instance " + instanceId + " does not exist");
    }
    return Outcome.ok(InstanceViews.view(row));
  }

  /** The statuses of a comma-separated list ({@code Normal,Expired}); empty for none (all statuses). */
  static List<String> statuses(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .map(s -> InstanceState.ofWireName(s).wireName()).distinct().toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
