package io.cloudtrade.routing;

import static io.cloudtrade.routing.ZooKeeperFixture.client;
import static io.cloudtrade.routing.ZooKeeperFixture.testDirectory;
import static io.cloudtrade.routing.ZooKeeperFixture.zooKeeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Publishing against a real ZooKeeper: compare-and-set, refusals before writing. */
class RoutingRulePublisherIT {
  private static final String PATH = "/cloudtrade/routing/rules";

  private TestingServer zooKeeper;
  private CuratorFramework alice;
  private CuratorFramework bob;

  @BeforeEach
  void startZooKeeper() throws Exception {
    zooKeeper = zooKeeper(testDirectory("routing-publisher"));
    alice = client(zooKeeper);
    bob = client(zooKeeper);
  }

  @AfterEach
  void stopZooKeeper() throws Exception {
    alice.close();
    bob.close();
    zooKeeper.close();
  }

  @Test
  void publishingComputesTheChecksumAndCreatesTheNode() throws Exception {
    RoutingRules unsigned = new RoutingRules(1, null, RoutingRules.sample().centers(), RoutingRules.sample().regions(),
        RoutingRules.sample().sites(), RoutingRules.sample().productOverrides());

    RoutingRules published = RoutingRulePublisher.publish(alice, PATH, unsigned);

    assertThat(published).isEqualTo(RoutingRules.sample());
    RoutingRulePublisher.NodeState state = RoutingRulePublisher.read(bob, PATH);
    assertThat(state.rules()).isEqualTo(published);
    assertThat(state.nodeVersion()).isZero();
    assertThat(new String(bob.getData().forPath(PATH), StandardCharsets.UTF_8)).isEqualTo(published.toJson());
  }

  @Test
  void anInvalidOrNotNewerSnapshotIsRefusedBeforeAnythingIsWritten() throws Exception {
    assertThatThrownBy(() -> RoutingRulePublisher.publish(alice, PATH, RulesFixture.empty(1)))
        .isInstanceOf(RoutingException.class).hasMessageContaining("refused to publish routing rules version 1")
        .hasMessageContaining("no centers");
    assertThat(alice.checkExists().forPath(PATH)).isNull();

    RoutingRulePublisher.publish(alice, PATH, RoutingRules.sample().withVersion(4));
    assertThatThrownBy(() -> RoutingRulePublisher.publish(alice, PATH, RoutingRules.sample().withVersion(4)))
        .isInstanceOf(RoutingException.class).hasMessageContaining("the node already holds version 4");
    assertThatThrownBy(() -> RoutingRulePublisher.publish(alice, PATH, RoutingRules.sample().withVersion(3)))
        .isInstanceOf(RoutingException.class).hasMessageContaining("the node already holds version 4");
    assertThatThrownBy(() -> RoutingRulePublisher.publish(alice, PATH,
        RulesFixture.withRegion(RoutingRules.sample().withVersion(5), "eu-central-1", "eu", "eu-central-1a")))
        .isInstanceOf(RoutingException.class).hasMessageContaining("unknown center 'eu'");
    assertThat(RoutingRulePublisher.read(bob, PATH).rules().version()).isEqualTo(4);
  }

  @Test
  void aCorruptNodeCanBeReadAndReplaced() throws Exception {
    alice.create().creatingParentsIfNeeded().forPath(PATH, "garbage".getBytes(StandardCharsets.UTF_8));
    RoutingRulePublisher.NodeState state = RoutingRulePublisher.read(alice, PATH);
    assertThat(state.rules()).isNull();
    assertThat(state.nodeVersion()).isZero();

    RoutingRulePublisher.publish(alice, PATH, RoutingRules.sample());
    assertThat(RoutingRulePublisher.read(bob, PATH).rules()).isEqualTo(RoutingRules.sample());
  }

  @Test
  void twoPublishersRacingOnTheSameBaseVersionExactlyOneWins() throws Exception {
    RoutingRulePublisher.publish(alice, PATH, RoutingRules.sample());
    int base = RoutingRulePublisher.read(alice, PATH).nodeVersion();
    RoutingRules aliceV2 = RulesFixture.withRegion(RoutingRules.sample().withVersion(2), "ap-northeast-1", "cn",
        "cn-beijing-a");
    RoutingRules bobV2 = RulesFixture.withRegion(RoutingRules.sample().withVersion(2), "cn-shanghai", "intl",
        "ap-southeast-1a");

    List<Outcome> outcomes = race(
        () -> RoutingRulePublisher.publish(alice, PATH, aliceV2, base),
        () -> RoutingRulePublisher.publish(bob, PATH, bobV2, base));

    assertThat(outcomes).filteredOn(o -> o.published() != null).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o.failure() != null).singleElement()
        .satisfies(o -> assertThat(o.failure()).isInstanceOf(PublishConflictException.class)
            .hasMessageContaining("another publisher wrote first"));
    RoutingRules winner = outcomes.stream().filter(o -> o.published() != null).findFirst().orElseThrow().published();
    assertThat(RoutingRulePublisher.read(alice, PATH).rules()).isEqualTo(winner);
    assertThat(RoutingRulePublisher.read(alice, PATH).nodeVersion()).isEqualTo(base + 1);
  }

  @Test
  void twoPublishersRacingToCreateTheNodeExactlyOneWins() throws Exception {
    List<Outcome> outcomes = race(
        () -> RoutingRulePublisher.publish(alice, PATH, RoutingRules.sample(), RoutingRulePublisher.NO_NODE),
        () -> RoutingRulePublisher.publish(bob, PATH, RoutingRules.sample().withVersion(2),
            RoutingRulePublisher.NO_NODE));

    assertThat(outcomes).filteredOn(o -> o.published() != null).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o.failure() instanceof PublishConflictException).hasSize(1);
    RoutingRules winner = outcomes.stream().filter(o -> o.published() != null).findFirst().orElseThrow().published();
    assertThat(RoutingRulePublisher.read(bob, PATH).rules()).isEqualTo(winner);
  }

  @Test
  void publishingOnAStaleBaseIsAConflict() throws Exception {
    RoutingRulePublisher.publish(alice, PATH, RoutingRules.sample());
    int base = RoutingRulePublisher.read(bob, PATH).nodeVersion();
    RoutingRulePublisher.publish(alice, PATH, RoutingRules.sample().withVersion(2));

    assertThatThrownBy(() -> RoutingRulePublisher.publish(bob, PATH, RoutingRules.sample().withVersion(3), base))
        .isInstanceOf(PublishConflictException.class);
    assertThat(RoutingRulePublisher.read(bob, PATH).rules().version()).isEqualTo(2);
  }

  private record Outcome(RoutingRules published, RuntimeException failure) {}

  /** Runs the publications at the same moment, each on its own thread. */
  @SafeVarargs
  private static List<Outcome> race(Callable<RoutingRules>... publications) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(publications.length);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Callable<RoutingRules> publication : publications) {
        futures.add(pool.submit(() -> {
          go.await();
          try {
            return new Outcome(publication.call(), null);
          } catch (RuntimeException e) {
            return new Outcome(null, e);
          }
        }));
      }
      go.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get(30, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
