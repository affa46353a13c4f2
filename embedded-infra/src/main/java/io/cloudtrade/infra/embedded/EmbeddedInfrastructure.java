package io.cloudtrade.infra.embedded;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ZooKeeper, MariaDB, Redis and RocketMQ, started together (in parallel) and stopped in reverse
 * order, the database last. Used by the launcher's embedded defaults and by integration tests.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);

  /** Ports; 0 picks free ones (tests). */
  public record Ports(int zookeeper, int mysql, int redis, int nameServer, int broker) {
    public static Ports random() {
      return new Ports(0, 0, 0, 0, 0);
    }
  }

  private final EmbeddedZooKeeper zookeeper;
  private final EmbeddedMariaDb mariaDb;
  private final EmbeddedRedis redis;
  private final EmbeddedRocketMq rocketMq;
  private final Deque<AutoCloseable> stopOrder = new ArrayDeque<>();

  private EmbeddedInfrastructure(
      EmbeddedZooKeeper zookeeper, EmbeddedMariaDb mariaDb, EmbeddedRedis redis, EmbeddedRocketMq rocketMq) {
    this.zookeeper = zookeeper;
    this.mariaDb = mariaDb;
    this.redis = redis;
    this.rocketMq = rocketMq;
    // closed from the top: broker, redis, zookeeper, and the database last
    stopOrder.push(mariaDb);
    stopOrder.push(zookeeper);
    stopOrder.push(redis);
    stopOrder.push(rocketMq);
  }

  /**
   * Starts every server.
   *
   * @param dataDir where each server keeps its data (reused across starts)
   * @param binariesDir where MariaDB's binaries are unpacked once
   * @param topics RocketMQ topics to create
   */
  public static EmbeddedInfrastructure start(Path dataDir, Path binariesDir, Ports ports, Collection<String> topics)
      throws Exception {
    long t0 = System.nanoTime();
    CompletableFuture<EmbeddedMariaDb> db =
        CompletableFuture.supplyAsync(() -> call(() -> EmbeddedMariaDb.start(binariesDir, dataDir.resolve("mariadb"), FreePorts.pick(ports.mysql()))));
    CompletableFuture<EmbeddedZooKeeper> zk =
        CompletableFuture.supplyAsync(() -> call(() -> onAFreePort(ports.zookeeper(),
            port -> EmbeddedZooKeeper.start(dataDir.resolve("zookeeper"), port))));
    CompletableFuture<EmbeddedRedis> redis =
        CompletableFuture.supplyAsync(() -> call(() -> EmbeddedRedis.start(dataDir.resolve("redis"), FreePorts.pick(ports.redis()))));
    CompletableFuture<EmbeddedRocketMq> mq =
        CompletableFuture.supplyAsync(() -> call(() -> EmbeddedRocketMq.start(dataDir.resolve("rocketmq"), FreePorts.pick(ports.nameServer()), ports.broker(), topics)));
    try {
      CompletableFuture.allOf(db, zk, redis, mq).join();
    } catch (RuntimeException e) {
      // stop whatever did start, then report the first failure
      for (CompletableFuture<? extends AutoCloseable> f : List.of(mq, redis, zk, db)) {
        f.thenAccept(EmbeddedInfrastructure::closeQuietly);
      }
      throw e;
    }
    log.info("embedded infrastructure up in {} ms", (System.nanoTime() - t0) / 1_000_000);
    return new EmbeddedInfrastructure(zk.join(), db.join(), redis.join(), mq.join());
  }

  private interface Starter<T> {
    T start() throws Exception;
  }

  interface OnPort<T> {
    T start(int port) throws Exception;
  }

  /**
   * Starts a server on {@code preferred}, or, when that is 0, on a picked free port - again on another
   * one if the start fails: a picked port can be taken by another server of this start (they bind in
   * parallel) or any socket before it is bound (seen: ZooKeeper's "Address already in use").
   */
  static <T> T onAFreePort(int preferred, OnPort<T> server) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return server.start(FreePorts.pick(preferred));
      } catch (Exception e) {
        if (preferred > 0 || attempt == 3) {
          throw e;
        }
        log.warn("start on a picked port failed ({}); trying another port", e.toString());
      }
    }
  }

  private static <T> T call(Starter<T> s) {
    try {
      return s.start();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      log.warn("failed to stop {}: {}", c.getClass().getSimpleName(), e.toString());
    }
  }

  public String zookeeperAddress() {
    return zookeeper.connectString();
  }

  public EmbeddedMariaDb mariaDb() {
    return mariaDb;
  }

  public String jdbcUrl(String schema) {
    return mariaDb.jdbcUrl(schema);
  }

  public String redisAddress() {
    return redis.address();
  }

  public String rocketMqNameServer() {
    return rocketMq.nameServerAddress();
  }

  public EmbeddedRocketMq rocketMq() {
    return rocketMq;
  }

  /** Stops every server: broker, Redis, ZooKeeper, then the database. */
  @Override
  public synchronized void close() {
    while (!stopOrder.isEmpty()) {
      closeQuietly(stopOrder.pop());
    }
    log.info("embedded infrastructure stopped");
  }
}
