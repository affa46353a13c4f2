package io.cloudtrade.launcher;

import io.cloudtrade.catalog.CatalogServerApplication;
import io.cloudtrade.controlplane.SampleControlPlaneApplication;
import io.cloudtrade.gateway.GatewayApplication;
import io.cloudtrade.lifecycle.LifecycleServerApplication;
import io.cloudtrade.order.OrderServerApplication;
import io.cloudtrade.payment.PaymentServerApplication;
import io.cloudtrade.reseller.ResellerRulesServerApplication;
import java.util.ArrayList;
import java.util.List;

/** Every application the launcher can start, in start order (providers before their consumers). */
public enum Service {
  RESELLER_RULES("reseller-rules-server", ResellerRulesServerApplication.class, ResellerRulesServerApplication.CONFIG_NAME),
  PRODUCT_CATALOG("product-catalog-server", CatalogServerApplication.class, CatalogServerApplication.CONFIG_NAME),
  PAYMENT("payment-server", PaymentServerApplication.class, PaymentServerApplication.CONFIG_NAME),
  ORDER("order-server", OrderServerApplication.class, OrderServerApplication.CONFIG_NAME),
  INSTANCE_LIFECYCLE("instance-lifecycle-server", LifecycleServerApplication.class, LifecycleServerApplication.CONFIG_NAME),
  SAMPLE_CONTROL_PLANE("sample-control-plane", SampleControlPlaneApplication.class, SampleControlPlaneApplication.CONFIG_NAME),
  GATEWAY("gateway", GatewayApplication.class, GatewayApplication.CONFIG_NAME);

  final String serviceName;
  final Class<?> application;
  final String configName;

  Service(String serviceName, Class<?> application, String configName) {
    this.serviceName = serviceName;
    this.application = application;
    this.configName = configName;
  }

  static List<Service> parseList(String csv) {
    List<Service> out = new ArrayList<>();
    for (String name : csv.split(",")) {
      String n = name.trim();
      Service s = null;
      for (Service candidate : values()) {
        if (candidate.serviceName.equals(n)) {
          s = candidate;
        }
      }
      if (s == null) {
        throw new IllegalArgumentException("unknown service " + n + "; known: " + List.of(values()).stream().map(v -> v.serviceName).toList());
      }
      out.add(s);
    }
    out.sort(null);
    return List.copyOf(out);
  }
}
