package io.cloudtrade.lifecycle.api;

import io.cloudtrade.kernel.Outcome;

/** What a product's control plane calls back, exported over Dubbo. */
public interface ProductionCallback {
  /**
   * Acknowledges a production notification. Success moves the instance from Creating to Normal;
   * failure moves it to Failed with the reason. Idempotent: the same acknowledgement again returns
   * the instance unchanged.
   *
   * @return the instance; or {@link LifecycleErrors#INSTANCE_NOT_FOUND}, {@link
   *     LifecycleErrors#INVALID_STATE} (e.g. a success for an instance already Failed)
   */
  Outcome<InstanceView> acknowledgeProduction(ProductionAck ack);
}
