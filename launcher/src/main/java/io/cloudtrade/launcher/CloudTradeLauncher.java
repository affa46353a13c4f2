package io.cloudtrade.launcher;

import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar launcher/target/cloudtrade-launcher.jar [options]}: starts CloudTrade on this
 * machine and runs until Ctrl-C or SIGTERM, which stop every service and every embedded server
 * (mysqld, redis-server) before the JVM exits. Options: see {@link LauncherOptions}.
 */
public final class CloudTradeLauncher {
  private CloudTradeLauncher() {}

  public static void main(String[] args) throws Exception {
    LauncherOptions options;
    try {
      options = LauncherOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("cloudtrade: " + e.getMessage());
      System.exit(2);
      return;
    }
    Platform platform = Platform.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("CloudTrade stopping...");
      platform.close();
      stopped.countDown();
    }, "cloudtrade-stop"));
    printBanner(platform);
    stopped.await();
  }

  private static void printBanner(Platform platform) {
    int port = platform.gatewayPort();
    String base = "http://localhost:" + port;
    StringBuilder s = new StringBuilder("\n");
    s.append("  CloudTrade is ready.\n");
    if (port > 0) {
      s.append("  Buy page           ").append(base).append("/\n");
      s.append("  REST API (Swagger) ").append(base).append("/swagger-ui.html\n");
      s.append("  BSS OpenAPI        endpoint 127.0.0.1:").append(port).append(", protocol HTTP, version 2017-12-14\n");
      s.append("  Metrics            ").append(base).append("/actuator/prometheus\n");
      s.append("  Catalog admin API  ").append(base).append("/admin/api (HTTP Basic, demo operator operator / Operator#2026)\n");
    }
    s.append("  Demo customer      sign in ").append(DemoData.CUSTOMER_LOGIN).append(" / ").append(DemoData.CUSTOMER_PASSWORD)
        .append("; AccessKey ").append(DemoData.CUSTOMER_ACCESS_KEY).append(" / ").append(DemoData.CUSTOMER_SECRET)
        .append("; account ").append(DemoData.CUSTOMER_ID).append('\n');
    s.append("  Demo reseller      sign in ").append(DemoData.RESELLER_LOGIN).append(" / ").append(DemoData.RESELLER_PASSWORD)
        .append("; AccessKey ").append(DemoData.RESELLER_ACCESS_KEY).append(" / ").append(DemoData.RESELLER_SECRET)
        .append("; account ").append(DemoData.RESELLER_ID).append('\n');
    s.append("  Reseller customer  sign in ").append(DemoData.RESELLER_CUSTOMER_LOGIN).append(" / ")
        .append(DemoData.RESELLER_CUSTOMER_PASSWORD).append("; account ").append(DemoData.RESELLER_CUSTOMER_ID).append('\n');
    if (platform.infrastructure() != null) {
      s.append("  Embedded servers   ZooKeeper ").append(platform.infrastructure().zookeeperAddress())
          .append(", MariaDB 127.0.0.1:").append(platform.infrastructure().mariaDb().port())
          .append(" (root, no password), Redis ").append(platform.infrastructure().redisAddress())
          .append(", RocketMQ name server ").append(platform.infrastructure().rocketMqNameServer()).append('\n');
    }
    s.append("  Stop with Ctrl-C.\n");
    System.out.println(s);
  }
}
