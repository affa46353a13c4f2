package io.cloudtrade.gateway.web;

import io.cloudtrade.kernel.Outcome;
import java.io.Serializable;
import java.util.List;

/** A REST request refused with a stable error code; answered as RFC 9457 problem+json. */
public class ApiRejection extends RuntimeException {
  private final int status;
  private final String code;
  private final List<String> details;

  public ApiRejection(int status, String code, String message, List<String> details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The value of an outcome, or the rejection it carries: 404 for not-found codes, else 400. */
  public static <T extends Serializable> T valueOf(Outcome<T> outcome) {
    if (outcome.isOk()) {
      return outcome.value();
    }
    throw new ApiRejection(statusOf(outcome.code()), outcome.code(), outcome.message(), outcome.details());
  }

  /**
   * The HTTP status of a business rejection, the same on REST and on the OpenAPI: 404 for not-found
   * codes ({@code ...NotFound}), 400 for every other.
   */
  public static int statusOf(String code) {
    return code.endsWith("NotFound") ? 404 : 400;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<String> details() {
    return details;
  }
}
