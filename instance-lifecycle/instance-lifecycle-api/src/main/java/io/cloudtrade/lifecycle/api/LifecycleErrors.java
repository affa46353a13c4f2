package io.cloudtrade.lifecycle.api;

/** Stable error codes of instance lifecycle. */
public final class LifecycleErrors {
  public static final String INSTANCE_NOT_FOUND = "InstanceNotFound";
  /** The instance is not in a state that allows this change. */
  public static final String INVALID_STATE = "IncorrectInstanceStatus";
  /** The operation is for pay-as-you-go instances only (ReleaseInstance): a subscription ends by expiring or a refund. */
  public static final String NOT_PAY_AS_YOU_GO = "InstanceNotPayAsYouGo";
  /** The instance has no production work stuck (never stuck, acknowledged meanwhile, or retried already). */
  public static final String STUCK_WORK_NOT_FOUND = "StuckWorkNotFound";

  private LifecycleErrors() {}
}
