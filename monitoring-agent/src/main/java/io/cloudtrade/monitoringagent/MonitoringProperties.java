package io.cloudtrade.monitoringagent;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cloudtrade.monitoring.*}. Checked when bound: a bad value stops the application at start.
 *
 * @param enabled {@code enabled}: false turns the agent off (no aspect; the Dubbo filter only passes
 *     calls on)
 * @param requestLog {@code request-log.enabled} (the JSON lines; metrics stay) and {@code
 *     request-log.max-field-length} (business field values are cut there)
 * @param maxCodesPerOperation {@code max-codes-per-operation}: distinct {@code code} tag values per
 *     (service, operation) before {@code OTHER}
 * @param maxProductsPerOperation {@code max-products-per-operation}: distinct {@code product} tag
 *     values per (service, operation) before {@code OTHER}
 * @param businessExceptions {@code business-exceptions}: fully qualified names of exception classes
 *     (subclasses included) that are business rejections, for classes that cannot carry {@link
 *     BusinessRejection}
 */
@ConfigurationProperties("cloudtrade.monitoring")
public record MonitoringProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue RequestLogProperties requestLog,
    @DefaultValue("50") int maxCodesPerOperation,
    @DefaultValue("100") int maxProductsPerOperation,
    @DefaultValue List<String> businessExceptions) {

  static final int MAX_CAP = 10_000;

  public MonitoringProperties {
    requestLog = requestLog == null ? RequestLogProperties.defaults() : requestLog;
    requireCap("max-codes-per-operation", maxCodesPerOperation);
    requireCap("max-products-per-operation", maxProductsPerOperation);
    businessExceptions = businessExceptions == null ? List.of() : List.copyOf(businessExceptions);
    for (String name : businessExceptions) {
      if (name.isBlank() || !name.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*")) {
        throw new IllegalArgumentException("cloudtrade.monitoring.business-exceptions: not a class name: '" + name + "'");
      }
    }
  }

  /** Every default: on, request log on (256-character fields), 50 codes, 100 products. */
  public static MonitoringProperties defaults() {
    return new MonitoringProperties(true, RequestLogProperties.defaults(), 50, 100, List.of());
  }

  /** A copy with other business exceptions. */
  public MonitoringProperties withBusinessExceptions(List<String> names) {
    return new MonitoringProperties(enabled, requestLog, maxCodesPerOperation, maxProductsPerOperation, names);
  }

  /** A copy with other caps. */
  public MonitoringProperties withCaps(int maxCodes, int maxProducts) {
    return new MonitoringProperties(enabled, requestLog, maxCodes, maxProducts, businessExceptions);
  }

  private static void requireCap(String key, int value) {
    if (value < 1 || value > MAX_CAP) {
      throw new IllegalArgumentException("cloudtrade.monitoring." + key + " must be between 1 and " + MAX_CAP + ", got " + value);
    }
  }

  /** {@code cloudtrade.monitoring.request-log.*}. */
  public record RequestLogProperties(@DefaultValue("true") boolean enabled, @DefaultValue("256") int maxFieldLength) {
    public RequestLogProperties {
      if (maxFieldLength < 8 || maxFieldLength > 4096) {
        throw new IllegalArgumentException(
            "cloudtrade.monitoring.request-log.max-field-length must be between 8 and 4096, got " + maxFieldLength);
      }
    }

    public static RequestLogProperties defaults() {
      return new RequestLogProperties(true, 256);
    }
  }
}
