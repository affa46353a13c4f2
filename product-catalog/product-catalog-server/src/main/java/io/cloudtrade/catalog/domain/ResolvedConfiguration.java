package io.cloudtrade.catalog.domain;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A configuration with every attribute present (defaults filled in, in attribute order) and every
 * violation found in it.
 */
public record ResolvedConfiguration(Map<String, String> config, List<Violation> violations) {
  public ResolvedConfiguration {
    config = Collections.unmodifiableMap(config);
    violations = List.copyOf(violations);
  }

  public boolean isValid() {
    return violations.isEmpty();
  }

  /** The Region asked for. */
  public String region() {
    return config.get(ProductCatalog.REGION_ATTRIBUTE);
  }
}
