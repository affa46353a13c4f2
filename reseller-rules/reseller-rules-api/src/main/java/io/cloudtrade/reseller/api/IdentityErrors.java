package io.cloudtrade.reseller.api;

/** Stable error codes of identities, named as Alibaba Cloud's gateway names them. */
public final class IdentityErrors {
  public static final String ACCESS_KEY_NOT_FOUND = "InvalidAccessKeyId.NotFound";
  public static final String SIGNATURE_MISMATCH = "SignatureDoesNotMatch";
  public static final String UNSUPPORTED_ALGORITHM = "InvalidSignatureMethod";
  public static final String ACCOUNT_FROZEN = "Account.Frozen";
  public static final String LOGIN_FAILED = "LoginFailed";
  public static final String LOGIN_NAME_TAKEN = "LoginNameTaken";
  public static final String ACCESS_KEY_TAKEN = "AccessKeyTaken";

  private IdentityErrors() {}
}
