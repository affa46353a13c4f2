package io.cloudtrade.reseller.persistence;

import java.time.Instant;

/** A row of credit_entry: a reservation (release key '') or a release of one. */
public class CreditEntryRow {
  public String reference;
  /** '' for the reservation */
  public String releaseKey;
  public long customerId;
  /** positive for a reservation, negative (or zero) for a release */
  public long amountMinor;
  public Instant createdAt;
}
