package io.cloudtrade.support;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.cache.ChildData;
import org.apache.curator.framework.recipes.cache.CuratorCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configuration kept in one ZooKeeper node and applied on every change, without a restart: the
 * node's text (null when the node is absent or empty) is handed to {@code apply}, which throws
 * IllegalArgumentException for a value it refuses; a refused value is logged and the last good one
 * stays in force.
 */
public final class WatchedNode implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WatchedNode.class);

  private final String path;
  private final String what;
  private final Consumer<String> apply;
  private final CuratorCache cache;

  public WatchedNode(CuratorFramework zk, String path, String what, Consumer<String> apply) {
    this.path = path;
    this.what = what;
    this.apply = apply;
    this.cache = CuratorCache.build(zk, path, CuratorCache.Options.SINGLE_NODE_CACHE);
    cache.listenable().addListener((type, before, after) -> reload());
    cache.start();
  }

  private void reload() {
    Optional<ChildData> node = cache.get(path);
    String text = node.isEmpty() || node.get().getData() == null || node.get().getData().length == 0 ? null
        : new String(node.get().getData(), StandardCharsets.UTF_8);
    try {
      apply.accept(text);
      log.info("{} from {} in force: {}", what, path, text == null ? "(none: the defaults)" : text);
    } catch (RuntimeException refused) {
      log.error("{} from {} refused, the last good one stays in force: {} ({})", what, path, refused.getMessage(), text);
    }
  }

  @Override
  public void close() {
    cache.close();
  }
}
