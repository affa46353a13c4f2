package io.cloudtrade.routing;

import java.util.Objects;

/**
 * What is being routed.
 *
 * @param site the site the account belongs to ({@code cn}, {@code intl}, {@code jp}...); required
 * @param region the region of the product or resource ({@code cn-hangzhou}...); {@code null} for
 *     account-level calls that concern no region, which go to the site's default center
 * @param productCode the product code, for product overrides; {@code null} when none applies
 * @param accountId the account; carried for the next increments (per-account rules), not used by the
 *     decision yet
 * @param dataClass the class of the data the call carries or touches; required
 */
public record RoutingRequest(String site, String region, String productCode, long accountId, DataClass dataClass) {

  /** Checks the required parts. */
  public RoutingRequest {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(dataClass, "dataClass");
  }

  /**
   * A request for general data.
   *
   * @param site the site
   * @param region the region, or {@code null}
   * @param productCode the product code, or {@code null}
   * @param accountId the account
   * @return the request
   */
  public static RoutingRequest general(String site, String region, String productCode, long accountId) {
    return new RoutingRequest(site, region, productCode, accountId, DataClass.GENERAL);
  }

  /**
   * A request for an account's sensitive data.
   *
   * @param site the site
   * @param region the region, or {@code null}
   * @param productCode the product code, or {@code null}
   * @param accountId the account
   * @return the request
   */
  public static RoutingRequest accountSensitive(String site, String region, String productCode, long accountId) {
    return new RoutingRequest(site, region, productCode, accountId, DataClass.ACCOUNT_SENSITIVE);
  }
}
