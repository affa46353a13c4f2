package io.cloudtrade.order.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceStatus;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.order.api.OrderErrors;
import org.springframework.stereotype.Service;

/** The instance a change or a refund is for, as instance lifecycle knows it now, if it may change. */
@Service
public class RunningInstances {
  private final InstanceService instances;

  public RunningInstances(InstanceService instances) {
    this.instances = instances;
  }

  /**
   * The account's instance if it is a running subscription with a paid period.
   *
   * @return the instance; or {@link OrderErrors#INSTANCE_NOT_FOUND}, {@link
   *     OrderErrors#INSTANCE_NOT_MODIFIABLE}
   */
  public Outcome<InstanceView> changeable(long accountId, String instanceId) {
    Outcome<InstanceView> found = instances.getInstance(accountId, instanceId);
    if (!found.isOk()) {
      return LifecycleErrors.INSTANCE_NOT_FOUND.equals(found.code())
          ? Outcome.rejected(OrderErrors.INSTANCE_NOT_FOUND, "instance " + instanceId + " does not exist")
          : Outcome.rejectedAs(found);
    }
    InstanceView i = found.value();
    if (!"Subscription".equals(i.getSubscriptionType())) {
      return Outcome.rejected(OrderErrors.INSTANCE_NOT_MODIFIABLE,
          "instance " + instanceId + " is " + i.getSubscriptionType() + ": only a subscription is changed or refunded through an order");
    }
    if (!InstanceStatus.NORMAL.equals(i.getStatus()) || i.getStartTime() == null || i.getEndTime() == null) {
      return Outcome.rejected(OrderErrors.INSTANCE_NOT_MODIFIABLE, "instance " + instanceId + " is " + i.getStatus() + ": only a running instance can be changed");
    }
    return found;
  }
}
