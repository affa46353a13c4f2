package io.cloudtrade.controlplane;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cloudtrade.control-plane.*}: which product this control plane produces (the tag it
 * subscribes to), how long a "provisioning" takes, which share of them fails, and which
 * specification values always fail.
 *
 * @param product product code, e.g. {@code ecs}
 * @param provisionDelay time from notification to acknowledgement (every action)
 * @param failureRate probability in [0, 1] that a notification (any action: CREATE, MODIFY, RELEASE,
 *     STOP, START) fails
 * @param failingSpecValues a CREATE or MODIFY whose specification has one of these values fails,
 *     always (deterministic failures for tests and demos, e.g. {@code fail}); none by default
 */
@ConfigurationProperties("cloudtrade.control-plane")
public record ControlPlaneProperties(
    @DefaultValue("ecs") String product,
    @DefaultValue("300ms") Duration provisionDelay,
    @DefaultValue("0") double failureRate,
    @DefaultValue List<String> failingSpecValues) {

  public ControlPlaneProperties {
    if (product == null || product.isBlank()) {
      throw new IllegalArgumentException("cloudtrade.control-plane.product is required");
    }
    if (provisionDelay.isNegative()) {
      throw new IllegalArgumentException("cloudtrade.control-plane.provision-delay must not be negative");
    }
    if (!(failureRate >= 0.0 && failureRate <= 1.0)) {
      throw new IllegalArgumentException("cloudtrade.control-plane.failure-rate must be between 0 and 1, not " + failureRate);
    }
    failingSpecValues = failingSpecValues == null ? List.of() : List.copyOf(failingSpecValues);
  }
}
