package io.cloudtrade.routing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.data.Stat;

/**
 * Writes rule snapshots to their ZooKeeper node, as a compare-and-set on the node's version: of two
 * publishers starting from the same node version, exactly one wins. A snapshot with problems, or not newer
 * than the one in the node, is refused before anything is written.
 */
public final class RoutingRulePublisher {
  /** The node version that means "the node must not exist yet". */
  public static final int NO_NODE = -1;

  private RoutingRulePublisher() {}

  /**
   * What the rules node holds.
   *
   * @param rules the snapshot in the node; {@code null} when there is no node or its value is not a
   *     well-formed snapshot
   * @param nodeVersion the node's ZooKeeper data version, {@link #NO_NODE} when there is no node: the base
   *     of a {@link #publish(CuratorFramework, String, RoutingRules, int) compare-and-set}
   */
  public record NodeState(RoutingRules rules, int nodeVersion) {}

  /**
   * Reads the rules node.
   *
   * @param client a started client
   * @param path the node
   * @return what it holds
   * @throws RoutingException when ZooKeeper cannot be read
   */
  public static NodeState read(CuratorFramework client, String path) {
    Stat stat = new Stat();
    byte[] data;
    try {
      data = client.getData().storingStatIn(stat).forPath(path);
    } catch (KeeperException.NoNodeException e) {
      return new NodeState(null, NO_NODE);
    } catch (Exception e) {
      throw new RoutingException("cannot read routing rules node " + path + ": " + e, e);
    }
    RoutingRules rules;
    try {
      rules = RoutingRules.parse(data);
    } catch (RoutingException malformed) {
      rules = null;
    }
    return new NodeState(rules, stat.getVersion());
  }

  /**
   * Publishes a snapshot on top of what the node holds now: {@link #read} then {@link
   * #publish(CuratorFramework, String, RoutingRules, int)} with the version read.
   *
   * @param client a started client
   * @param path the node; created with its parents when absent
   * @param rules the snapshot; its checksum is computed here
   * @return the snapshot as written, checksum included
   * @throws RoutingException when the snapshot has problems or is not newer than the one in the node
   * @throws PublishConflictException when another publisher wrote in between
   */
  public static RoutingRules publish(CuratorFramework client, String path, RoutingRules rules) {
    return publish(client, path, rules, read(client, path).nodeVersion());
  }

  /**
   * Publishes a snapshot if the node is still at the version the caller based it on.
   *
   * @param client a started client
   * @param path the node; created with its parents when {@code expectedNodeVersion} is {@link #NO_NODE}
   * @param rules the snapshot; its checksum is computed here
   * @param expectedNodeVersion the node's data version the snapshot is based on ({@link NodeState#nodeVersion()}),
   *     {@link #NO_NODE} for a node that must not exist yet
   * @return the snapshot as written, checksum included
   * @throws RoutingException when the snapshot has problems, is not newer than the one in the node, or
   *     ZooKeeper fails
   * @throws PublishConflictException when the node is no longer at {@code expectedNodeVersion}: nothing was
   *     written
   */
  public static RoutingRules publish(CuratorFramework client, String path, RoutingRules rules,
      int expectedNodeVersion) {
    RoutingRules signed = rules.withChecksum();
    List<String> problems = RulesValidator.problems(signed);
    if (!problems.isEmpty()) {
      throw new RoutingException("refused to publish routing rules version " + signed.version() + ": "
          + String.join("; ", problems));
    }
    NodeState now = read(client, path);
    if (now.nodeVersion() != expectedNodeVersion) {
      throw new PublishConflictException("routing rules node " + path + " is at version " + now.nodeVersion()
          + ", not " + expectedNodeVersion + ": another publisher wrote first", null);
    }
    if (now.rules() != null && now.rules().version() >= signed.version()) {
      throw new RoutingException("refused to publish routing rules version " + signed.version()
          + ": the node already holds version " + now.rules().version());
    }
    byte[] bytes = signed.toJson().getBytes(StandardCharsets.UTF_8);
    try {
      if (expectedNodeVersion == NO_NODE) {
        client.create().creatingParentsIfNeeded().forPath(path, bytes);
      } else {
        client.setData().withVersion(expectedNodeVersion).forPath(path, bytes);
      }
    } catch (KeeperException.BadVersionException | KeeperException.NodeExistsException
        | KeeperException.NoNodeException e) {
      throw new PublishConflictException("routing rules node " + path + " changed since version "
          + expectedNodeVersion + ": another publisher wrote first", e);
    } catch (Exception e) {
      throw new RoutingException("cannot write routing rules node " + path + ": " + e, e);
    }
    return signed;
  }
}
