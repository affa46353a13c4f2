package io.cloudtrade.order.adapter.zookeeper;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudtrade.order.application.UpgradeFlows;
import io.cloudtrade.order.domain.GrayRule;
import io.cloudtrade.support.WatchedNode;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The upgrade flow's gray release rule, kept in a ZooKeeper node that every order server watches:
 * an operator writes a new rule (JSON, see {@link GrayRule}) and it applies on every node within
 * moments, without a restart. A rule that does not parse or validate is refused and the last good
 * one stays in force; no node means everyone gets the new flow (the node is watched by {@link
 * WatchedNode}, like the monitoring agent's run-time configuration).
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

  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final CuratorFramework zk;
  private final WatchedNode node;
  private final AtomicReference<GrayRule> rule = new AtomicReference<>(GrayRule.everyone());

  public ZooKeeperUpgradeFlows(@Value("${cloudtrade.zookeeper}") String zookeeper) throws InterruptedException {
    this.zk = CuratorFrameworkFactory.newClient(zookeeper, 30_000, 10_000, new ExponentialBackoffRetry(200, 5));
    zk.start();
    zk.blockUntilConnected();
    // no node: everyone gets the Versioned flow; a rule that does not parse is refused, the last good one stays
    this.node = new WatchedNode(zk, PATH, "upgrade flow gray rule",
        text -> rule.set(text == null ? GrayRule.everyone() : parse(text)));
  }

  @Override
  public GrayRule current() {
    return rule.get();
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
    node.close();
    zk.close();
  }
}
