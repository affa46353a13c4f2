package io.cloudtrade.reseller.persistence;

/** An AccessKey joined with the account that owns it: what a signature check needs, in one read. */
public class AccessKeyOwnerRow {
  public String accessKeyId;
  public byte[] secretCiphertext;
  public String keyStatus;
  public long accountId;
  public String name;
  public String identity;
  public Long resellerId;
  public String accountStatus;
}
