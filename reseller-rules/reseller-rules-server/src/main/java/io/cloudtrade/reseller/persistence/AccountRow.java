package io.cloudtrade.reseller.persistence;

import java.time.Instant;

/** A row of account. */
public class AccountRow {
  public long accountId;
  public String name;
  public String loginName;
  public String passwordHash;
  public String identity;
  public Long resellerId;
  public String status;
  public Instant createdAt;
  public Instant updatedAt;
}
