package io.cloudtrade.routing;

import static io.cloudtrade.routing.ZooKeeperFixture.GENEROUS;
import static io.cloudtrade.routing.ZooKeeperFixture.client;
import static io.cloudtrade.routing.ZooKeeperFixture.eventually;
import static io.cloudtrade.routing.ZooKeeperFixture.testDirectory;
import static io.cloudtrade.routing.ZooKeeperFixture.zooKeeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.imps.CuratorFrameworkState;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store against a real ZooKeeper: accepted and refused pushes, fail-static, restart. */
class RoutingRuleStoreIT {
  private static final String PATH = RoutingRules.DEFAULT_PATH;
  private static final RoutingRequest HANGZHOU = RoutingRequest.general("cn", "cn-hangzhou", "ecs", 7);
  private static final RoutingRequest TOKYO = RoutingRequest.general("intl", "ap-northeast-1", "ecs", 7);

  private Path dir;
  private TestingServer zooKeeper;
  private CuratorFramework publisher;

  @BeforeEach
  void startZooKeeper() throws Exception {
    dir = testDirectory("routing-store");
    zooKeeper = zooKeeper(dir);
    publisher = client(zooKeeper);
  }

  @AfterEach
  void stopZooKeeper() throws Exception {
    publisher.close();
    zooKeeper.close();
  }

  @Test
  void aPublishedSnapshotIsInForceAndEveryBadPushIsRefusedKeepingIt() throws Exception {
    RecordingListener events = new RecordingListener();
    try (CuratorFramework curator = client(zooKeeper);
        RoutingRuleStore store = store(curator, dir.resolve("cache.json"), events)) {
      RoutingRules v1 = RoutingRulePublisher.publish(publisher, PATH, RoutingRules.sample());

      assertThat(events.nextAccepted()).isEqualTo(v1);
      assertThat(store.current()).isEqualTo(v1);
      assertThat(store.router().decide(HANGZHOU).center()).isEqualTo("cn");
      assertThat(RoutingRules.parse(Files.readAllBytes(dir.resolve("cache.json")))).isEqualTo(v1);
      byte[] v1Bytes = publisher.getData().forPath(PATH);

      // a corrupt push: not JSON at all
      write("{\"version\": 2, \"centers\": {\"cn\": ");
      RecordingListener.Refusal corrupt = events.nextRefused();
      assertThat(corrupt.reason()).startsWith("malformed routing rules");
      assertThat(corrupt.head()).isEqualTo("{\"version\": 2, \"centers\": {\"cn\": ");

      // an empty snapshot, properly checksummed
      write(RulesFixture.empty(2).toJson());
      assertThat(events.nextRefused().reason()).contains("invalid snapshot version 2")
          .contains("empty snapshot: no centers").contains("empty snapshot: no regions");

      // a region mapped to an unknown center
      write(RulesFixture.withRegion(v1.withVersion(2), "eu-central-1", "eu", "eu-central-1a").toJson());
      assertThat(events.nextRefused().reason()).contains("region 'eu-central-1' is mapped to unknown center 'eu'");

      // a checksum that does not match the content
      write(RulesFixture.withWrongChecksum(v1.withVersion(2)).toJson());
      RecordingListener.Refusal tampered = events.nextRefused();
      assertThat(tampered.reason()).contains("checksum mismatch");
      assertThat(tampered.head()).hasSize(RoutingRuleStore.RAW_HEAD_CHARS + 3).endsWith("...").doesNotContain("\n");

      // a replay of version 1, byte for byte
      publisher.setData().forPath(PATH, v1Bytes);
      assertThat(events.nextRefused().reason()).isEqualTo("replay: version 1 is not newer than version 1 in force");

      // the node deleted
      publisher.delete().forPath(PATH);
      assertThat(events.nextRefused().reason()).isEqualTo("the rules node was deleted");

      assertThat(events.accepted).isEmpty();
      assertThat(store.current()).isEqualTo(v1);
      assertThat(store.router().decide(TOKYO).center()).isEqualTo("intl");
      assertThat(RoutingRules.parse(Files.readAllBytes(dir.resolve("cache.json")))).isEqualTo(v1);

      // and a good version 2 after all that is accepted
      RoutingRules v2 = RoutingRulePublisher.publish(publisher, PATH, RulesFixture.withRegion(v1.withVersion(2),
          "ap-northeast-1", "cn", "cn-beijing-a"));
      assertThat(events.nextAccepted()).isEqualTo(v2);
      assertThat(store.router().decide(TOKYO).center()).isEqualTo("cn");
      assertThat(RoutingRules.parse(Files.readAllBytes(dir.resolve("cache.json")))).isEqualTo(v2);
    }
  }

  @Test
  void failStaticWhileZooKeeperIsDownAndANewVersionReachesEveryStoreOnceItIsBack() throws Exception {
    Path cacheA = dir.resolve("a/cache.json");
    Path cacheB = dir.resolve("b/cache.json");
    RecordingListener eventsA = new RecordingListener();
    RecordingListener eventsB = new RecordingListener();
    RoutingRules v1 = RoutingRulePublisher.publish(publisher, PATH, RoutingRules.sample());

    try (CuratorFramework curatorA = client(zooKeeper);
        RoutingRuleStore storeA = store(curatorA, cacheA, eventsA)) {
      assertThat(eventsA.nextAccepted()).isEqualTo(v1);

      zooKeeper.stop();
      assertThat(eventually(() -> !curatorA.getZookeeperClient().isConnected())).isTrue();

      // decisions keep answering from memory
      assertThat(storeA.router().decide(HANGZHOU).center()).isEqualTo("cn");
      assertThat(storeA.router().decide(TOKYO).center()).isEqualTo("intl");

      // a store started while ZooKeeper is down answers from its cache file
      Files.createDirectories(cacheB.getParent());
      Files.copy(cacheA, cacheB);
      try (CuratorFramework curatorB = client(zooKeeper);
          RoutingRuleStore storeB = store(curatorB, cacheB, eventsB)) {
        assertThat(curatorB.getZookeeperClient().isConnected()).isFalse();
        assertThat(eventsB.nextAccepted()).isEqualTo(v1);
        assertThat(storeB.router().decide(HANGZHOU)).isEqualTo(storeA.router().decide(HANGZHOU));

        zooKeeper.restart();
        assertThat(publisher.blockUntilConnected((int) GENEROUS.toSeconds(), TimeUnit.SECONDS)).isTrue();
        RoutingRules v2 = RoutingRulePublisher.publish(publisher, PATH,
            RulesFixture.withRegion(v1.withVersion(2), "ap-northeast-1", "cn", "cn-beijing-a"));

        assertThat(eventually(() -> storeA.router().version() == 2 && storeB.router().version() == 2)).isTrue();
        assertThat(storeA.router().decide(TOKYO).center()).isEqualTo("cn");
        assertThat(storeB.router().decide(TOKYO).center()).isEqualTo("cn");
        // the listeners hear of a snapshot once it is in the cache file too
        assertThat(eventsA.nextAccepted()).isEqualTo(v2);
        assertThat(eventsB.nextAccepted()).isEqualTo(v2);
        assertThat(RoutingRules.parse(Files.readAllBytes(cacheA))).isEqualTo(v2);
        assertThat(RoutingRules.parse(Files.readAllBytes(cacheB))).isEqualTo(v2);
        // store B confirmed version 1 quietly when it first read the node: nothing was refused
        assertThat(eventsA.refused).isEmpty();
        assertThat(eventsB.refused).isEmpty();
      }
    }
  }

  @Test
  void aStoreWithoutCacheWaitsForZooKeeperAndABadCacheFileIsReported() throws Exception {
    Path cache = dir.resolve("cache.json");
    Files.writeString(cache, "not json at all\nsecond line");
    RecordingListener events = new RecordingListener();
    try (CuratorFramework curator = client(zooKeeper);
        RoutingRuleStore store = store(curator, cache, events)) {
      RecordingListener.Refusal refusal = events.nextRefused();
      assertThat(refusal.reason()).startsWith("cache file " + cache + ": malformed routing rules");
      assertThat(refusal.head()).isEqualTo("not json at all second line");
      assertThat(store.current()).isNull();
      assertThatThrownBy(() -> store.router().decide(HANGZHOU)).isInstanceOf(RoutingException.class)
          .hasMessageContaining("no routing rules in force");

      RoutingRules v1 = RoutingRulePublisher.publish(publisher, PATH, RoutingRules.sample());
      assertThat(store.awaitRules(GENEROUS)).isTrue();
      assertThat(store.current()).isEqualTo(v1);
      assertThat(RoutingRules.parse(Files.readAllBytes(cache))).isEqualTo(v1);
    }
  }

  @Test
  void zooKeeperHoldingAnOlderVersionThanTheCacheFileIsRefused() throws Exception {
    Path cache = dir.resolve("cache.json");
    Files.writeString(cache, RoutingRules.sample().withVersion(5).toJson());
    RoutingRulePublisher.publish(publisher, PATH, RoutingRules.sample().withVersion(3));
    RecordingListener events = new RecordingListener();
    try (CuratorFramework curator = client(zooKeeper);
        RoutingRuleStore store = store(curator, cache, events)) {
      assertThat(events.nextAccepted().version()).isEqualTo(5);
      assertThat(events.nextRefused().reason()).isEqualTo("replay: version 3 is not newer than version 5 in force");
      assertThat(store.router().version()).isEqualTo(5);
    }
  }

  @Test
  void aStoreMadeFromAConnectStringOwnsItsClient() throws Exception {
    RoutingRules v1 = RoutingRulePublisher.publish(publisher, "/other/rules", RoutingRules.sample());
    RoutingRuleStore store = RoutingRuleStore.builder().connectString(zooKeeper.getConnectString())
        .path("/other/rules").cacheFile(dir.resolve("own/cache.json")).build();
    try (store) {
      store.start();
      assertThat(store.awaitRules(GENEROUS)).isTrue();
      assertThat(store.current()).isEqualTo(v1);
      assertThatThrownBy(store::start).isInstanceOf(IllegalStateException.class);
    }
    assertThat(store.router().version()).as("the router keeps its rules after close").isEqualTo(1);
  }

  @Test
  void aCallersClientMustBeStarted() throws Exception {
    CuratorFramework latent = org.apache.curator.framework.CuratorFrameworkFactory.newClient(
        zooKeeper.getConnectString(), new org.apache.curator.retry.RetryOneTime(100));
    try (latent; RoutingRuleStore store = RoutingRuleStore.builder().curator(latent)
        .cacheFile(dir.resolve("cache.json")).build()) {
      assertThatThrownBy(store::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
      assertThat(latent.getState()).isEqualTo(CuratorFrameworkState.LATENT);
    }
  }

  private RoutingRuleStore store(CuratorFramework curator, Path cache, RoutingListener listener) {
    RoutingRuleStore store = RoutingRuleStore.builder().curator(curator).path(PATH).cacheFile(cache)
        .listener(listener).build();
    store.start();
    return store;
  }

  private void write(String value) throws Exception {
    publisher.setData().forPath(PATH, value.getBytes(StandardCharsets.UTF_8));
  }
}
