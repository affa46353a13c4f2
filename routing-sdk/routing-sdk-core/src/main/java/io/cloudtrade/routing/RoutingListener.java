package io.cloudtrade.routing;

/**
 * Told what a {@link RoutingRuleStore} does with each snapshot it reads. Called on the store's event thread
 * (keep it short); an exception thrown here is logged and does not affect the store.
 */
public interface RoutingListener {

  /**
   * A snapshot was put in force: read from the cache file at start, or a newer valid one from ZooKeeper
   * (called once it is also written to the cache file).
   *
   * @param rules the snapshot now in force
   */
  default void onAccepted(RoutingRules rules) {}

  /**
   * A value was refused (malformed, invalid, not newer than the snapshot in force, the node deleted, a bad
   * cache file); the snapshot in force stays.
   *
   * @param reason why, in one line
   * @param rawValueHeadTruncated the start of the refused value (at most {@value RoutingRuleStore#RAW_HEAD_CHARS}
   *     characters, runs of whitespace and control characters as one space, "..." when cut), empty when there
   *     was none
   */
  default void onRefused(String reason, String rawValueHeadTruncated) {}
}
