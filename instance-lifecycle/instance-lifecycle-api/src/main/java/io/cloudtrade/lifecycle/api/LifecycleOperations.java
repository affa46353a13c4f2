package io.cloudtrade.lifecycle.api;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;

/**
 * Instance lifecycle for operators (the gateway's admin API), exported over Dubbo: production work
 * the control plane never acknowledged. A notification that expects an acknowledgement (CREATE, a
 * MODIFY, the revert of a temporary upgrade) is sent again with a growing pause; once its attempts
 * are spent it is stuck: no more automatic sends, an ALERT is logged, and it is listed here until
 * it is acknowledged (a late acknowledgement still settles it) or an operator retries it.
 */
public interface LifecycleOperations {
  /**
   * The stuck production work, longest stuck first.
   *
   * @param page which page; null for the first page of the default size
   * @return one page of stuck work (at most one item per instance)
   */
  Outcome<Page<StuckWork>> listStuckWork(PageRequest page);

  /**
   * Re-arms the instance's stuck work: its attempts start again from one, its notification is sent
   * now (same instance and specification version, a new notification id) and sent again with
   * backoff as before.
   *
   * @return the work as re-armed (attempts 1, {@code stuckSince} null); or {@link
   *     LifecycleErrors#INSTANCE_NOT_FOUND}, {@link LifecycleErrors#STUCK_WORK_NOT_FOUND} (nothing of
   *     the instance is stuck, e.g. it was acknowledged or retried meanwhile), {@link
   *     io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER} (no instance id)
   */
  Outcome<StuckWork> retryStuckWork(String instanceId);
}
