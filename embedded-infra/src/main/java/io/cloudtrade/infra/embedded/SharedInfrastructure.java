package io.cloudtrade.infra.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One embedded infrastructure per test JVM, started on first use on free ports and stopped when the
 * JVM exits. Brokers and databases are slow to stop, so every integration test of a module shares
 * them.
 */
public final class SharedInfrastructure {
  /** Every topic the platform uses; created up front so that consumers find routes at once. */
  public static final List<String> TOPICS = List.of("CT_ORDER_EVENTS", "CT_PRODUCTION", "CT_DELIVERY", "CT_ORDER_TIMEOUT", "CT_PAYMENT_EVENTS", "CT_AUTO_RENEWAL",
      "CT_ALERTS");

  private static EmbeddedInfrastructure infra;

  private SharedInfrastructure() {}

  public static synchronized EmbeddedInfrastructure get() {
    if (infra == null) {
      Path dir = Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"), "shared-" + ProcessHandle.current().pid());
      try {
        infra = EmbeddedInfrastructure.start(dir, TestDirs.mariaDbBinaries(), EmbeddedInfrastructure.Ports.random(), TOPICS);
      } catch (Exception e) {
        throw new IllegalStateException("embedded infrastructure failed to start: " + e.getMessage(), e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "embedded-infra-stop"));
    }
    return infra;
  }

  /** The {@code cloudtrade.*} properties that point a server at the shared infrastructure. */
  public static Map<String, String> properties() {
    return properties(get());
  }

  /** The {@code cloudtrade.*} properties that point a server at the given infrastructure. */
  public static Map<String, String> properties(EmbeddedInfrastructure infra) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("cloudtrade.mysql.host", "127.0.0.1");
    p.put("cloudtrade.mysql.port", Integer.toString(infra.mariaDb().port()));
    p.put("cloudtrade.mysql.ssl-mode", "DISABLED");
    p.put("cloudtrade.zookeeper", infra.zookeeperAddress());
    p.put("cloudtrade.redis", infra.redisAddress());
    p.put("cloudtrade.rocketmq", infra.rocketMqNameServer());
    return p;
  }
}
