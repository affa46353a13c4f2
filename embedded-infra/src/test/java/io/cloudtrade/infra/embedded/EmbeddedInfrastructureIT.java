package io.cloudtrade.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.apache.zookeeper.ZooKeeper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

class EmbeddedInfrastructureIT {
  static EmbeddedInfrastructure infra;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"), "infra-it");
    infra = EmbeddedInfrastructure.start(dir, TestDirs.mariaDbBinaries(), EmbeddedInfrastructure.Ports.random(), List.of("CT_IT_TOPIC"));
  }

  @AfterAll
  static void stop() {
    infra.close();
  }

  @Test
  void mysqlAcceptsSqlWithoutTls() throws Exception {
    try (Connection c = DriverManager.getConnection(infra.jdbcUrl("infra_it"), "root", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS t (id BIGINT PRIMARY KEY)");
      s.execute("REPLACE INTO t VALUES (1)");
      try (ResultSet rs = s.executeQuery("SELECT VERSION()")) {
        rs.next();
        assertThat(rs.getString(1)).contains("MariaDB");
      }
    }
  }

  @Test
  void redisAnswers() {
    Config cfg = new Config();
    cfg.useSingleServer().setAddress(infra.redisAddress());
    RedissonClient redisson = Redisson.create(cfg);
    try {
      redisson.getBucket("k").set("v");
      assertThat(redisson.getBucket("k").get()).isEqualTo("v");
    } finally {
      redisson.shutdown();
    }
  }

  @Test
  void zookeeperAnswers() throws Exception {
    ZooKeeper zk = new ZooKeeper(infra.zookeeperAddress(), 10_000, e -> {});
    try {
      assertThat(zk.exists("/", false)).isNotNull();
    } finally {
      zk.close();
    }
  }

  @Test
  void rocketMqDeliversAMessage() throws Exception {
    BlockingQueue<String> received = new ArrayBlockingQueue<>(1);
    DefaultMQPushConsumer consumer = new DefaultMQPushConsumer("it-consumer");
    consumer.setNamesrvAddr(infra.rocketMqNameServer());
    consumer.setHeartbeatBrokerInterval(1000);
    consumer.subscribe("CT_IT_TOPIC", "*");
    consumer.registerMessageListener((MessageListenerConcurrently) (msgs, ctx) -> {
      msgs.forEach(m -> received.offer(new String(m.getBody(), StandardCharsets.UTF_8)));
      return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
    });
    consumer.start();
    DefaultMQProducer producer = new DefaultMQProducer("it-producer");
    producer.setNamesrvAddr(infra.rocketMqNameServer());
    producer.start();
    try {
      assertThat(producer.send(new Message("CT_IT_TOPIC", "hello".getBytes(StandardCharsets.UTF_8))).getSendStatus())
          .isEqualTo(SendStatus.SEND_OK);
      assertThat(received.poll(60, TimeUnit.SECONDS)).isEqualTo("hello");
    } finally {
      producer.shutdown();
      consumer.shutdown();
    }
  }
}
