package io.cloudtrade.gateway.web;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.OrderErrors;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** A REST request refused with a stable error code; answered as RFC 9457 problem+json. */
public class ApiRejection extends RuntimeException {
  /** Rejections that say "not now": the same request may succeed when retried later. */
  private static final Set<String> RETRYABLE = Set.of(OrderErrors.ORDER_IN_PROGRESS, OrderErrors.CHANGE_IN_PROGRESS,
      CommonErrors.CONCURRENT_REQUEST);

  private final int status;
  private final String code;
  private final List<String> details;

  public ApiRejection(int status, String code, String message, List<String> details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The value of an outcome, or the rejection it carries, with the status of {@link #statusOf}. */
  public static <T extends Serializable> T valueOf(Outcome<T> outcome) {
    if (outcome.isOk()) {
      return outcome.value();
    }
    throw new ApiRejection(statusOf(outcome.code()), outcome.code(), outcome.message(), outcome.details());
  }

  /**
   * The HTTP status of a business rejection, the same on REST and on the OpenAPI: 404 for not-found
   * codes ({@code ...NotFound}), 409 for the retryable ones (a request with the same ClientToken or
   * another change of the instance still in progress: {@code OrderInProgress}, {@code
   * InstanceChangeInProgress}, {@code ConcurrentRequest}), 403 for {@code Forbidden.*} (acting for an
   * account that is not the caller's customer), 400 for every other.
   */
  public static int statusOf(String code) {
    if (code.startsWith("Forbidden.")) {
      return 403;
    }
    if (code.endsWith("NotFound")) {
      return 404;
    }
    return RETRYABLE.contains(code) ? 409 : 400;
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
