package io.cloudtrade.routing.spring;

import io.cloudtrade.routing.RoutingRuleStore;
import io.cloudtrade.routing.RoutingRules;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The routing SDK's settings, {@code cloudtrade.routing.*}. */
@ConfigurationProperties("cloudtrade.routing")
public class RoutingProperties {
  /** Whether the starter creates the routing beans at all. */
  private boolean enabled = true;

  /**
   * ZooKeeper connect string (such as 127.0.0.1:2181) of the CuratorFramework the starter creates when the
   * application has no CuratorFramework bean; required in that case.
   */
  private String zookeeper;

  /** ZooKeeper node holding the routing rules snapshot. */
  private String path = "/cloudtrade/routing/rules";

  /**
   * Local cache file of the last good snapshot, read at start when ZooKeeper is unreachable (fail-static).
   * Defaults to ${java.io.tmpdir}/cloudtrade-routing-rules.json; give each process that follows another
   * rules path its own file, and prefer a directory that survives reboots in production.
   */
  private Path cacheFile = RoutingRuleStore.defaultCacheFile();

  /**
   * Whether the starter creates the routing beans.
   *
   * @return {@code true} unless {@code cloudtrade.routing.enabled=false}
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether the starter creates the routing beans.
   *
   * @param enabled the flag
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The ZooKeeper connect string.
   *
   * @return the connect string, or {@code null}
   */
  public String getZookeeper() {
    return zookeeper;
  }

  /**
   * Sets the ZooKeeper connect string.
   *
   * @param zookeeper such as {@code 127.0.0.1:2181}
   */
  public void setZookeeper(String zookeeper) {
    this.zookeeper = zookeeper;
  }

  /**
   * The rules node.
   *
   * @return the path, by default {@value RoutingRules#DEFAULT_PATH}
   */
  public String getPath() {
    return path;
  }

  /**
   * Sets the rules node.
   *
   * @param path an absolute ZooKeeper path
   */
  public void setPath(String path) {
    this.path = path;
  }

  /**
   * The cache file.
   *
   * @return the file, by default {@code ${java.io.tmpdir}/cloudtrade-routing-rules.json}
   */
  public Path getCacheFile() {
    return cacheFile;
  }

  /**
   * Sets the cache file.
   *
   * @param cacheFile the file (its directory is created when needed)
   */
  public void setCacheFile(Path cacheFile) {
    this.cacheFile = cacheFile;
  }
}
