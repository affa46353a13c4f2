package io.cloudtrade.routing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.curator.test.TestingServer;

/** A real ZooKeeper (curator-test's TestingServer) under the build's test directory, and clients of it. */
final class ZooKeeperFixture {
  static final Duration GENEROUS = Duration.ofSeconds(30);

  private ZooKeeperFixture() {}

  /** A fresh directory under {@code cloudtrade.test.dir} (target/it-data in the build). */
  static Path testDirectory(String name) throws Exception {
    Path dir = Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"))
        .resolve(name + "-" + UUID.randomUUID()).toAbsolutePath();
    return Files.createDirectories(dir);
  }

  /** A started ZooKeeper on a free port, its data under {@code dir}; stop/restart keep the data. */
  static TestingServer zooKeeper(Path dir) throws Exception {
    return new TestingServer(-1, Files.createDirectories(dir.resolve("zookeeper")).toFile(), true);
  }

  /** A started client. */
  static CuratorFramework client(TestingServer server) {
    CuratorFramework client = CuratorFrameworkFactory.newClient(server.getConnectString(), 30_000, 5_000,
        new ExponentialBackoffRetry(200, 5));
    client.start();
    return client;
  }

  /** Polls a condition every 50 ms, at most {@link #GENEROUS}. */
  static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + GENEROUS.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return condition.getAsBoolean();
  }
}
