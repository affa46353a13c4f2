package io.cloudtrade.reseller.persistence;

/** The account an order is for, joined with its reseller (if any) and the reseller's pointer. */
public class OrderPartyRow {
  public long accountId;
  public String identity;
  public String status;
  public Long resellerId;
  public String resellerName;
  public String resellerStatus;
  /** null when the reseller has no pointer row */
  public Integer currentVersion;
}
