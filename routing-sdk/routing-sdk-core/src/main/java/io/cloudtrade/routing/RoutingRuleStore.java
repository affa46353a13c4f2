package io.cloudtrade.routing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.imps.CuratorFrameworkState;
import org.apache.curator.framework.recipes.cache.ChildData;
import org.apache.curator.framework.recipes.cache.CuratorCache;
import org.apache.curator.framework.recipes.cache.CuratorCacheListener;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.zookeeper.data.Stat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routing rules in force, from a ZooKeeper node, fail-static.
 *
 * <ul>
 *   <li>At {@link #start()}: the cache file, when present and valid, is put in force first, so the store
 *       answers with ZooKeeper unreachable; then the node is watched (Curator {@link CuratorCache}).
 *   <li>Each new value of the node is parsed and validated ({@link RulesValidator}); it is put in force only
 *       if valid AND newer (greater version) than the snapshot in force; an older or equal version is a
 *       replay. An accepted snapshot is written to the cache file atomically (temporary file, then
 *       {@link StandardCopyOption#ATOMIC_MOVE}). A refused value, or the node's deletion, is reported (one
 *       WARN line and {@link RoutingListener#onRefused}) and the last good snapshot stays.
 *   <li>While ZooKeeper is down the store keeps answering from memory; on reconnection Curator reads the node
 *       again and whatever changed meanwhile is judged as above. A value already judged (same modification,
 *       read again after a reconnection) is not judged twice; the first value read after start that is
 *       exactly the snapshot taken from the cache file just confirms it.
 * </ul>
 *
 * Decisions: {@link #router()}. Close the store to stop watching (and to close the CuratorFramework when
 * the store created it).
 */
public final class RoutingRuleStore implements AutoCloseable {
  /** How many characters of a refused value are reported. */
  public static final int RAW_HEAD_CHARS = 200;

  private static final Logger log = LoggerFactory.getLogger(RoutingRuleStore.class);

  private final CuratorFramework client;
  private final boolean ownsClient;
  private final String path;
  private final Path cacheFile;
  private final List<RoutingListener> listeners;
  private final Router router = new Router();
  private final CountDownLatch firstRules = new CountDownLatch(1);
  private final Object lock = new Object();

  private static final long NOTHING_JUDGED = Long.MIN_VALUE;
  private static final long UNKNOWN_MODIFICATION = Long.MIN_VALUE + 1;

  /** The modification (mzxid) of the node value judged last; guarded by {@link #lock}. */
  private long lastJudgedMzxid = NOTHING_JUDGED;

  private CuratorCache cache;
  private boolean started;
  private boolean closed;

  private RoutingRuleStore(Builder builder) {
    if (builder.client != null) {
      this.client = builder.client;
      this.ownsClient = false;
    } else {
      this.client = CuratorFrameworkFactory.newClient(builder.connectString, 60_000, 15_000,
          new ExponentialBackoffRetry(1_000, 3));
      this.ownsClient = true;
    }
    this.path = builder.path;
    this.cacheFile = builder.cacheFile;
    this.listeners = new CopyOnWriteArrayList<>(builder.listeners);
  }

  /**
   * A builder: give either a started {@link CuratorFramework} or a connect string.
   *
   * @return a builder with the default path {@value RoutingRules#DEFAULT_PATH} and the default cache file
   *     {@link #defaultCacheFile()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default cache file: {@code ${java.io.tmpdir}/cloudtrade-routing-rules.json}. Processes on one
   * machine that follow different rules paths need different cache files.
   *
   * @return the default cache file
   */
  public static Path defaultCacheFile() {
    return Path.of(System.getProperty("java.io.tmpdir"), "cloudtrade-routing-rules.json");
  }

  /**
   * Puts the cache file in force (when present and valid) and starts watching the node. Does not wait for
   * ZooKeeper: see {@link #awaitRules(Duration)}.
   *
   * @throws IllegalStateException when started twice, after close, or given a CuratorFramework that is not
   *     started
   */
  public void start() {
    synchronized (lock) {
      if (started || closed) {
        throw new IllegalStateException("a RoutingRuleStore starts once");
      }
      started = true;
      if (client.getState() == CuratorFrameworkState.LATENT) {
        if (!ownsClient) {
          throw new IllegalStateException("the CuratorFramework given to the RoutingRuleStore is not started");
        }
        client.start();
      }
      loadCacheFile();
      cache = CuratorCache.build(client, path, CuratorCache.Options.SINGLE_NODE_CACHE);
      cache.listenable().addListener(CuratorCacheListener.builder()
          .forCreatesAndChanges((previous, node) -> judge(node))
          .forDeletes(this::deleted)
          .build());
      cache.start();
      log.info("routing rules: watching ZooKeeper node {} (cache file {}, version {} in force)", path, cacheFile,
          router.version());
    }
  }

  /**
   * The router answering from the snapshot in force; the same object for the life of the store.
   *
   * @return the router
   */
  public Router router() {
    return router;
  }

  /**
   * The snapshot in force.
   *
   * @return the snapshot, or {@code null} when none is in force yet
   */
  public RoutingRules current() {
    return router.rules();
  }

  /**
   * Waits until some snapshot is in force (from the cache file or ZooKeeper), written to the cache file and
   * told to the listeners.
   *
   * @param timeout how long to wait at most
   * @return whether a snapshot is in force
   * @throws InterruptedException when interrupted while waiting
   */
  public boolean awaitRules(Duration timeout) throws InterruptedException {
    return firstRules.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * The ZooKeeper node watched.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The local cache file.
   *
   * @return the file
   */
  public Path cacheFile() {
    return cacheFile;
  }

  /**
   * Adds a listener (it does not hear about what happened before).
   *
   * @param listener the listener
   */
  public void addListener(RoutingListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Stops watching; closes the CuratorFramework when the store created it. The router keeps its snapshot. */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      if (cache != null) {
        cache.close();
      }
      if (ownsClient) {
        client.close();
      }
    }
  }

  private void loadCacheFile() {
    if (!Files.isRegularFile(cacheFile)) {
      log.info("routing rules: no cache file {}; waiting for ZooKeeper node {}", cacheFile, path);
      return;
    }
    byte[] data;
    try {
      data = Files.readAllBytes(cacheFile);
    } catch (IOException e) {
      refuse("cache file " + cacheFile + " cannot be read: " + e, null);
      return;
    }
    RoutingRules rules;
    try {
      rules = RoutingRules.parse(data);
    } catch (RoutingException e) {
      refuse("cache file " + cacheFile + ": " + e.getMessage(), data);
      return;
    }
    List<String> problems = RulesValidator.problems(rules);
    if (!problems.isEmpty()) {
      refuse("cache file " + cacheFile + ": invalid snapshot version " + rules.version() + ": "
          + String.join("; ", problems), data);
      return;
    }
    putInForce(rules, "cache file " + cacheFile, false);
  }

  private void judge(ChildData node) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      Stat stat = node.getStat();
      if (stat != null && stat.getMzxid() == lastJudgedMzxid) {
        return;
      }
      boolean firstRead = lastJudgedMzxid == NOTHING_JUDGED;
      lastJudgedMzxid = stat == null ? UNKNOWN_MODIFICATION : stat.getMzxid();
      byte[] data = node.getData();
      RoutingRules rules;
      try {
        rules = RoutingRules.parse(data);
      } catch (RoutingException e) {
        refuse(e.getMessage(), data);
        return;
      }
      List<String> problems = RulesValidator.problems(rules);
      if (!problems.isEmpty()) {
        refuse("invalid snapshot version " + rules.version() + ": " + String.join("; ", problems), data);
        return;
      }
      RoutingRules inForce = router.rules();
      if (inForce != null && rules.version() <= inForce.version()) {
        if (firstRead && rules.equals(inForce)) {
          log.info("routing rules: ZooKeeper node {} holds version {}, the one in force", path, rules.version());
          return;
        }
        refuse("replay: version " + rules.version() + " is not newer than version " + inForce.version()
            + " in force", data);
        return;
      }
      putInForce(rules, "ZooKeeper node " + path, true);
    }
  }

  private void deleted(ChildData previous) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      lastJudgedMzxid = UNKNOWN_MODIFICATION;
      refuse("the rules node was deleted", null);
    }
  }

  private void putInForce(RoutingRules rules, String source, boolean writeCache) {
    router.install(RoutingTable.compile(rules));
    log.info("routing rules: version {} in force, from {} (checksum {})", rules.version(), source, rules.checksum());
    if (writeCache) {
      writeCacheFile(rules);
    }
    for (RoutingListener listener : listeners) {
      try {
        listener.onAccepted(rules);
      } catch (RuntimeException e) {
        log.warn("routing rules: listener {} failed on version {}: {}", listener, rules.version(), e.toString());
      }
    }
    firstRules.countDown();
  }

  private void refuse(String reason, byte[] raw) {
    String oneLineReason = oneLine(reason, Integer.MAX_VALUE);
    String head = raw == null ? "" : oneLine(new String(raw, StandardCharsets.UTF_8), RAW_HEAD_CHARS);
    log.warn("routing rules refused from {}: {}; version {} stays in force; value: {}", path, oneLineReason,
        router.version(), head.isEmpty() ? "-" : head);
    for (RoutingListener listener : listeners) {
      try {
        listener.onRefused(oneLineReason, head);
      } catch (RuntimeException e) {
        log.warn("routing rules: listener {} failed on a refusal: {}", listener, e.toString());
      }
    }
  }

  private void writeCacheFile(RoutingRules rules) {
    Path target = cacheFile.toAbsolutePath();
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(rules.toJson().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
    } catch (IOException e) {
      log.warn("routing rules: version {} is in force but the cache file {} could not be written: {}",
          rules.version(), target, e.toString());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a stray temporary file; the next write makes another
        }
      }
    }
  }

  /** Runs of whitespace and control characters as one space; cut at {@code max} characters with "...". */
  private static String oneLine(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 3);
    int i = 0;
    for (; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      boolean blank = Character.isWhitespace(c) || Character.isISOControl(c);
      if (!blank) {
        out.append(c);
      } else if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    if (i < text.length()) {
      out.append("...");
    }
    return out.toString();
  }

  /** Builds a {@link RoutingRuleStore}. */
  public static final class Builder {
    private CuratorFramework client;
    private String connectString;
    private String path = RoutingRules.DEFAULT_PATH;
    private Path cacheFile = defaultCacheFile();
    private final List<RoutingListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * The caller's CuratorFramework: the store neither starts nor closes it (start it before
     * {@link RoutingRuleStore#start()}).
     *
     * @param curator the client
     * @return this builder
     */
    public Builder curator(CuratorFramework curator) {
      this.client = curator;
      return this;
    }

    /**
     * A connect string: the store creates its own CuratorFramework (session 60 s, connection 15 s,
     * exponential retry), starts it and closes it.
     *
     * @param zookeeper the connect string, such as {@code 127.0.0.1:2181}
     * @return this builder
     */
    public Builder connectString(String zookeeper) {
      this.connectString = zookeeper;
      return this;
    }

    /**
     * The ZooKeeper node of the rules.
     *
     * @param rulesPath the path; default {@value RoutingRules#DEFAULT_PATH}
     * @return this builder
     */
    public Builder path(String rulesPath) {
      this.path = rulesPath;
      return this;
    }

    /**
     * The local cache file of the last good snapshot (its directory is created when needed).
     *
     * @param file the file; default {@link RoutingRuleStore#defaultCacheFile()}
     * @return this builder
     */
    public Builder cacheFile(Path file) {
      this.cacheFile = file;
      return this;
    }

    /**
     * A listener told of every accepted and refused snapshot.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(RoutingListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * The store, not started.
     *
     * @return the store
     * @throws IllegalArgumentException when neither or both of a CuratorFramework and a connect string are
     *     given, or the path or cache file is missing
     */
    public RoutingRuleStore build() {
      if ((client == null) == (connectString == null || connectString.isBlank())) {
        throw new IllegalArgumentException("give either a CuratorFramework or a connect string");
      }
      if (path == null || !path.startsWith("/")) {
        throw new IllegalArgumentException("the rules path must be an absolute ZooKeeper path: " + path);
      }
      if (cacheFile == null) {
        throw new IllegalArgumentException("a cache file is required (fail-static)");
      }
      return new RoutingRuleStore(this);
    }
  }
}
