package io.cloudtrade.gateway.openapi;

/**
 * An OpenAPI request refused at the edge or by a service: answered in the BSS error shape ({@code
 * Code}, {@code Message}, {@code RequestId}) with its HTTP status.
 */
public class BssException extends RuntimeException {
  private final int status;
  private final String code;

  public BssException(int status, String code, String message) {
    super(message, null, false, false); // a rejection, not a failure: no stack trace
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
