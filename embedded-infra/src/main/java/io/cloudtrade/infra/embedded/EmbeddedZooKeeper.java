package io.cloudtrade.infra.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.zookeeper.server.embedded.ZooKeeperServerEmbedded;

/** A real ZooKeeper server in this JVM. Needs metrics-core and snappy-java on the classpath. */
public final class EmbeddedZooKeeper implements AutoCloseable {
  private final ZooKeeperServerEmbedded server;
  private final int port;

  private EmbeddedZooKeeper(ZooKeeperServerEmbedded server, int port) {
    this.server = server;
    this.port = port;
  }

  public static EmbeddedZooKeeper start(Path dir, int port) throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Properties p = new Properties();
    p.setProperty("clientPort", Integer.toString(port));
    p.setProperty("clientPortAddress", "127.0.0.1");
    p.setProperty("dataDir", dir.resolve("data").toAbsolutePath().toString());
    p.setProperty("tickTime", "2000");
    p.setProperty("initLimit", "10");
    p.setProperty("syncLimit", "5");
    p.setProperty("maxClientCnxns", "0");
    p.setProperty("admin.enableServer", "false");
    p.setProperty("4lw.commands.whitelist", "ruok,stat,srvr");
    ZooKeeperServerEmbedded server =
        ZooKeeperServerEmbedded.builder()
            .baseDir(dir)
            .configuration(p)
            .exitHandler(org.apache.zookeeper.server.embedded.ExitHandler.LOG_ONLY)
            .build();
    try {
      server.start(30_000);
    } catch (Exception e) { // e.g. the port was taken between being picked and bound: the server never comes up
      server.close();
      throw e;
    }
    return new EmbeddedZooKeeper(server, port);
  }

  /** {@code 127.0.0.1:port}. */
  public String connectString() {
    return "127.0.0.1:" + port;
  }

  @Override
  public void close() {
    server.close();
  }
}
