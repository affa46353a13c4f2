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

  /**
   * Sets how the account's instances renew (BSS SetRenewal): {@code AutoRenewal} with a period,
   * {@code ManualRenewal} or {@code NotRenewal}. All instances or none: an unknown id (or another
   * account's) changes nothing.
   *
   * @return how many instances were changed; or {@link LifecycleErrors#INSTANCE_NOT_FOUND}, {@link
   *     io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER}
   */
  Outcome<Integer> setRenewal(long accountId, java.util.List<String> instanceIds, String renewStatus,
      Integer renewPeriod, String renewPeriodUnit);

  /**
   * Releases the account's pay-as-you-go instances (BSS ReleaseInstance), all or none: each must be
   * the account's, pay-as-you-go, and Normal with no change of specification in progress; one that
   * is Released already is left as it is (a repeated call succeeds). The instances are Released at
   * once (their release time is now) and their control plane is told RELEASE, sent again until it
   * acknowledges.
   *
   * @return how many instances this call released; or {@link LifecycleErrors#INSTANCE_NOT_FOUND},
   *     {@link LifecycleErrors#NOT_PAY_AS_YOU_GO}, {@link LifecycleErrors#INVALID_STATE}, {@link
   *     io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER}; nothing is changed by a rejection
   */
  Outcome<Integer> releasePayAsYouGo(long accountId, java.util.List<String> instanceIds);
}
