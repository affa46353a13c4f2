package io.cloudtrade.infra.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/** A real redis-server (6.2, shipped by embedded-redis) as a child process, bound to loopback. */
public final class EmbeddedRedis implements AutoCloseable {
  private final RedisServer server;
  private final int port;

  private EmbeddedRedis(RedisServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /** Starts redis-server with append-only persistence in {@code dir}. */
  public static EmbeddedRedis start(Path dir, int port) throws IOException {
    Files.createDirectories(dir);
    RedisServer server =
        RedisServer.newRedisServer()
            .port(port)
            .bind("127.0.0.1")
            .setting("dir " + dir.toAbsolutePath())
            .setting("appendonly yes")
            .setting("appendfsync everysec")
            .setting("save \"\"")
            .setting("maxmemory 256mb")
            .setting("protected-mode yes")
            .build();
    server.start();
    return new EmbeddedRedis(server, port);
  }

  /** {@code redis://127.0.0.1:port}. */
  public String address() {
    return "redis://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() throws IOException {
    server.stop();
  }
}
