package io.cloudtrade.order.application;

import io.cloudtrade.order.domain.GrayRule;

/** The gray release rule in force for the upgrade flow; changes without a restart. */
public interface UpgradeFlows {
  GrayRule current();
}
