package io.cloudtrade.payment.persistence;

import java.time.Instant;

/** A row of balance_account. */
public class BalanceAccountRow {
  public long accountId;
  public String currency;
  public long cashMinor;
  public long creditMinor;
  public long version;
  public Instant createdAt;
  public Instant updatedAt;
}
