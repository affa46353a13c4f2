package io.cloudtrade.payment.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of reconciliation_run: the claim on one channel's day, and the counts of its last finished report. */
public class ReconciliationRunRow {
  public String channel;
  public LocalDate billDay;
  /** Running, Finished, Failed: the state of the latest attempt */
  public String status;
  /** the id of the latest attempt; only it may finish or fail the run */
  public long attempt;
  /** when the latest attempt started */
  public Instant startedAt;
  /** when the stored report was finished; null until one is */
  public Instant finishedAt;
  public int ourRecordCount;
  public int billLineCount;
  public int matchedCount;
  public int neighbourCount;
  public int differenceCount;
  /** why the latest attempt failed */
  public String failureReason;
  public Instant updatedAt;
}
