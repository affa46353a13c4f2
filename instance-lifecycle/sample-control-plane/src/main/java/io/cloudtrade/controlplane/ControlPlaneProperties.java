package io.cloudtrade.controlplane;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cloudtrade.control-plane.*}: which product this control plane produces (the tag it
 * subscribes to), how long a "provisioning" takes, and which share of them fails.
 *
 * @param product product code, e.g. {@code ecs}
 * @param provisionDelay time from notification to acknowledgement
 * @param failureRate probability in [0, 1] that a provisioning fails
 */
@ConfigurationProperties("cloudtrade.control-plane")
public record ControlPlaneProperties(
    @DefaultValue("ecs") String product,
    @DefaultValue("300ms") Duration provisionDelay,
    @DefaultValue("0") double failureRate) {

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
  }
}
