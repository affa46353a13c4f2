package io.cloudtrade.order.adapter.zookeeper;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudtrade.order.application.UpgradeFlows;
import io.cloudtrade.order.domain.GrayRule;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.recipes.cache.ChildData;
import org.apache.curator.framework.recipes.cache.CuratorCache;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The upgrade flow's gray release rule, kept in a ZooKeeper node that every order server watches:
 * an operator writes a new rule (JSON, see {@link GrayRule}) and it applies on every node within
 * moments, without a restart. A rule that does not parse or validate is refused and the last good
 * one stays in force; no node means everyone gets the new flow.
 *
 * <pre>
 *   {"version": 3, "defaultPercent": 0,
 *    "products": {"ecs": {"percent": 20, "accounts": [1380000000000001]}}}
 * </pre>
 */
@Component
public class ZooKeeperUpgradeFlows implements UpgradeFlows, DisposableBean {
  /** The node holding the rule. */
  public static final String PATH = "/cloudtrade/config/order/gray/versioned-upgrade";

  private static final Logger log = LoggerFactory.getLogger(ZooKeeperUpgradeFlows.class);
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final CuratorFramework zk;
  private final CuratorCache cache;
  private final AtomicReference<GrayRule> rule = new AtomicReference<>(GrayRule.everyone());

  public ZooKeeperUpgradeFlows(@Value("${cloudtrade.zookeeper}") String zookeeper) throws InterruptedException {
    this.zk = CuratorFrameworkFactory.newClient(zookeeper, 30_000, 10_000, new ExponentialBackoffRetry(200, 5));
    zk.start();
    zk.blockUntilConnected();
    this.cache = CuratorCache.build(zk, PATH, CuratorCache.Options.SINGLE_NODE_CACHE);
    cache.listenable().addListener((type, before, after) -> reload());
    cache.start();
    reload();
  }

  @Override
  public GrayRule current() {
    return rule.get();
  }

  private void reload() {
    Optional<ChildData> node = cache.get(PATH);
    if (node.isEmpty() || node.get().getData() == null || node.get().getData().length == 0) {
      if (rule.getAndSet(GrayRule.everyone()).version() != 0) {
        log.info("upgrade flow gray rule removed: every account gets the Versioned flow");
      }
      return;
    }
    String text = new String(node.get().getData(), StandardCharsets.UTF_8);
    try {
      GrayRule parsed = parse(text);
      GrayRule before = rule.getAndSet(parsed);
      log.info("upgrade flow gray rule version {} in force (was {}): {}", parsed.version(), before.version(), parsed);
    } catch (RuntimeException bad) {
      log.error("upgrade flow gray rule refused, version {} stays in force: {} ({})", rule.get().version(), bad.getMessage(), text);
    }
  }

  /** Parses and validates a rule; throws IllegalArgumentException for anything else. */
  public static GrayRule parse(String json) {
    try {
      GrayRule r = JSON.readValue(json, GrayRule.class);
      if (r == null) {
        throw new IllegalArgumentException("empty rule");
      }
      return r;
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not a gray rule: " + e.getMessage(), e);
    }
  }

  @Override
  public void destroy() {
    cache.close();
    zk.close();
  }
}
