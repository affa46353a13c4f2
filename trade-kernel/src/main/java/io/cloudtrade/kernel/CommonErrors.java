package io.cloudtrade.kernel;

/**
 * Error codes shared by every contract. Each service adds its own in its api module. Codes follow
 * the BSS OpenAPI style so that the gateway can pass them through unchanged.
 */
public final class CommonErrors {
  /** A parameter is missing, malformed or out of range; the message names it. */
  public static final String INVALID_PARAMETER = "InvalidParameter";
  /** A required parameter is missing; the message names it. */
  public static final String MISSING_PARAMETER = "MissingParameter";
  /** The account does not exist or is not the caller's. */
  public static final String ACCOUNT_NOT_FOUND = "AccountNotFound";
  /** The same request is still being processed; retry later. */
  public static final String CONCURRENT_REQUEST = "ConcurrentRequest";

  private CommonErrors() {}
}
