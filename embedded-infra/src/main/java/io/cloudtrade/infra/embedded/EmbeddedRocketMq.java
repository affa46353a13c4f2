package io.cloudtrade.infra.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.rocketmq.broker.BrokerController;
import org.apache.rocketmq.common.BrokerConfig;
import org.apache.rocketmq.common.MQVersion;
import org.apache.rocketmq.common.TopicConfig;
import org.apache.rocketmq.common.constant.PermName;
import org.apache.rocketmq.common.namesrv.NamesrvConfig;
import org.apache.rocketmq.namesrv.NamesrvController;
import org.apache.rocketmq.remoting.netty.NettyClientConfig;
import org.apache.rocketmq.remoting.netty.NettyServerConfig;
import org.apache.rocketmq.remoting.protocol.RemotingCommand;
import org.apache.rocketmq.store.config.MessageStoreConfig;

/**
 * A real RocketMQ name server and broker in this JVM, storing under one directory.
 *
 * <p>Traps handled here (see shared/STACK.md): the remoting version property must be set first or
 * the name server drops the broker's topics; the broker's first registration can be lost, so it is
 * repeated until the name server lists the broker; mapped files are kept small.
 */
public final class EmbeddedRocketMq implements AutoCloseable {
  private final NamesrvController nameServer;
  private final BrokerController broker;
  private final int nameServerPort;

  private EmbeddedRocketMq(NamesrvController nameServer, BrokerController broker, int nameServerPort) {
    this.nameServer = nameServer;
    this.broker = broker;
    this.nameServerPort = nameServerPort;
  }

  /**
   * Starts a name server and one broker, and creates the given topics (4 queues each).
   *
   * @param brokerPort 0 to pick one; the broker also binds brokerPort-2 and brokerPort+1
   */
  public static EmbeddedRocketMq start(Path dir, int nameServerPort, int brokerPort, Collection<String> topics)
      throws Exception {
    System.setProperty(RemotingCommand.REMOTING_VERSION_KEY, Integer.toString(MQVersion.CURRENT_VERSION));
    // RocketMQ's own (shaded) logback: warnings to the console instead of files under ~/logs; a
    // service's rmq.logback.xml, if already loaded, has the same effect
    java.net.URL logConfig = EmbeddedRocketMq.class.getResource("/embedded-rocketmq-logback.xml");
    if (logConfig != null && System.getProperty("rmq.logback.configurationFile") == null) {
      System.setProperty("rmq.logback.configurationFile", logConfig.toString());
    }
    Files.createDirectories(dir);
    String home = dir.toAbsolutePath().toString();

    NamesrvConfig nsConfig = new NamesrvConfig();
    nsConfig.setRocketmqHome(home);
    nsConfig.setKvConfigPath(dir.resolve("namesrv/kvConfig.json").toString());
    nsConfig.setConfigStorePath(dir.resolve("namesrv/namesrv.properties").toString());
    NettyServerConfig nsNetty = new NettyServerConfig();
    nsNetty.setBindAddress("127.0.0.1");
    nsNetty.setListenPort(nameServerPort);
    NamesrvController nameServer = new NamesrvController(nsConfig, nsNetty);
    if (!nameServer.initialize()) {
      throw new IllegalStateException("RocketMQ name server failed to initialize");
    }
    nameServer.start();

    int bPort = brokerPort > 0 ? brokerPort : FreePorts.pickBrokerPort();
    BrokerConfig brokerConfig = new BrokerConfig();
    brokerConfig.setRocketmqHome(home);
    brokerConfig.setBrokerName("cloudtrade-broker");
    brokerConfig.setBrokerClusterName("cloudtrade");
    brokerConfig.setBrokerIP1("127.0.0.1");
    brokerConfig.setNamesrvAddr("127.0.0.1:" + nameServerPort);
    brokerConfig.setAutoCreateTopicEnable(true);
    brokerConfig.setEnablePropertyFilter(true);
    NettyServerConfig brokerNetty = new NettyServerConfig();
    brokerNetty.setBindAddress("127.0.0.1");
    brokerNetty.setListenPort(bPort);
    MessageStoreConfig store = new MessageStoreConfig();
    store.setStorePathRootDir(dir.resolve("store").toString());
    store.setStorePathCommitLog(dir.resolve("store/commitlog").toString());
    store.setMappedFileSizeCommitLog(16 * 1024 * 1024);
    store.setMappedFileSizeConsumeQueue(200 * 1024);
    store.setHaListenPort(bPort + 1);
    store.setDiskMaxUsedSpaceRatio(95);
    BrokerController broker = new BrokerController(brokerConfig, brokerNetty, new NettyClientConfig(), store);
    if (!broker.initialize()) {
      nameServer.shutdown();
      throw new IllegalStateException("RocketMQ broker failed to initialize");
    }
    for (String topic : topics) {
      TopicConfig tc = new TopicConfig(topic, 4, 4, PermName.PERM_READ | PermName.PERM_WRITE);
      broker.getTopicConfigManager().updateTopicConfig(tc);
    }
    broker.start();
    EmbeddedRocketMq mq = new EmbeddedRocketMq(nameServer, broker, nameServerPort);
    mq.awaitRegistration();
    return mq;
  }

  private void awaitRegistration() throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      broker.registerBrokerAll(true, false, true);
      if (!nameServer.getRouteInfoManager().getAllClusterInfo().getBrokerAddrTable().isEmpty()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the RocketMQ broker did not register with the name server in 30 s");
  }

  /** Creates a topic (4 read and write queues) and registers it with the name server at once. */
  public void createTopic(String topic) {
    broker.getTopicConfigManager()
        .updateTopicConfig(new TopicConfig(topic, 4, 4, PermName.PERM_READ | PermName.PERM_WRITE));
    broker.registerBrokerAll(true, false, true);
  }

  /** {@code 127.0.0.1:port}. */
  public String nameServerAddress() {
    return "127.0.0.1:" + nameServerPort;
  }

  @Override
  public void close() {
    broker.shutdown();
    nameServer.shutdown();
  }
}
