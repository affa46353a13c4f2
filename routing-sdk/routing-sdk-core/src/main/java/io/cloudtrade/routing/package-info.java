/**
 * The routing SDK: which center (and zone) a request of a site, region, product and account goes to,
 * under which data residency policy, and whether it may fail over.
 *
 * <ul>
 *   <li>{@link io.cloudtrade.routing.Router#decide(RoutingRequest)}: the pure decision, against the
 *       {@link io.cloudtrade.routing.RoutingRules} snapshot in force;
 *   <li>{@link io.cloudtrade.routing.RulesValidator}: what is wrong with a snapshot (one with problems is
 *       never put in force);
 *   <li>{@link io.cloudtrade.routing.RoutingRuleStore}: snapshots from a ZooKeeper node, cached on disk
 *       (fail-static); {@link io.cloudtrade.routing.RoutingRulePublisher} writes them;
 *   <li>{@link io.cloudtrade.routing.RoutingAttachments}: a decision as string key/values for Dubbo
 *       attachments and RocketMQ message properties; {@link io.cloudtrade.routing.Masking}: how
 *       sensitive values look outside their residency center.
 * </ul>
 *
 * Plain Java: Curator, Jackson and SLF4J only.
 */
package io.cloudtrade.routing;
