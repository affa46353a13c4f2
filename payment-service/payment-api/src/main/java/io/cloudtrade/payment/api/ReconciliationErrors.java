package io.cloudtrade.payment.api;

/** Stable error codes of the reconciliation of channel payments against the channels' bills. */
public final class ReconciliationErrors {
  /** No finished reconciliation is stored for that channel and day (never run, still running, or every run failed). */
  public static final String RECONCILIATION_NOT_FOUND = "ReconciliationNotFound";
  /** Another run of the same channel and day is in progress (possibly on another node); ask again later. */
  public static final String RECONCILIATION_RUNNING = "ReconciliationRunning";

  private ReconciliationErrors() {}
}
