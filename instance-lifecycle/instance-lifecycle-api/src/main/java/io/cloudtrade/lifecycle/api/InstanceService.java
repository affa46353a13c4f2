package io.cloudtrade.lifecycle.api;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;

/** Instances, for customers and the gateway, exported over Dubbo. */
public interface InstanceService {
  /** The account's instances, newest first. */
  Outcome<Page<InstanceView>> queryInstances(InstanceQuery query);

  /**
   * One instance of the account.
   *
   * @return the instance, or {@link LifecycleErrors#INSTANCE_NOT_FOUND} (also when it is another
   *     account's)
   */
  Outcome<InstanceView> getInstance(long accountId, String instanceId);
}
