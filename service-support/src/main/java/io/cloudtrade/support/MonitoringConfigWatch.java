package io.cloudtrade.support;

import io.cloudtrade.monitoringagent.alerts.AlertEvaluator;
import io.cloudtrade.monitoringagent.faults.FaultInjection;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.springframework.beans.factory.DisposableBean;

/**
 * The monitoring agent's run-time configuration, in ZooKeeper nodes every server watches; a change
 * applies within moments, without a restart, and a document that does not validate is refused (the
 * last good one stays, see {@link WatchedNode}):
 *
 * <ul>
 *   <li>{@value #ALERT_RULES}: the alert rules over the properties' defaults (objectives, thresholds
 *       per product, per link and per error code; the monitoring agent's README has the format); no
 *       node: the defaults;
 *   <li>{@value #FAULT_INJECTION}: faults to inject per link (delay, system error, business
 *       rejection), honoured only by servers started with {@code
 *       cloudtrade.monitoring.fault-injection.enabled=true}; no node: none.
 * </ul>
 *
 * Operators write them through the gateway ({@code PUT /admin/api/monitoring/alert-rules}, {@code
 * /fault-injection}), which validates them first.
 */
public class MonitoringConfigWatch implements DisposableBean {
  public static final String ALERT_RULES = "/cloudtrade/config/monitoring/alert-rules";
  public static final String FAULT_INJECTION = "/cloudtrade/config/monitoring/fault-injection";

  private final CuratorFramework zk;
  private final WatchedNode rules;
  private final WatchedNode faults;

  public MonitoringConfigWatch(String zookeeper, AlertEvaluator evaluator, FaultInjection injection) {
    this.zk = CuratorFrameworkFactory.newClient(zookeeper, 30_000, 10_000, new ExponentialBackoffRetry(200, 5));
    zk.start();
    this.rules = evaluator == null ? null : new WatchedNode(zk, ALERT_RULES, "alert rules",
        json -> evaluator.updateRules(json == null ? "{}" : json));
    this.faults = injection == null || !injection.enabled() ? null : new WatchedNode(zk, FAULT_INJECTION,
        "fault injection", json -> injection.update(json == null ? "{}" : json));
  }

  @Override
  public void destroy() {
    if (rules != null) {
      rules.close();
    }
    if (faults != null) {
      faults.close();
    }
    zk.close();
  }
}
