package io.cloudtrade.infra.embedded;

import java.nio.file.Path;

/** Where embedded servers keep what is worth reusing between runs. */
public final class TestDirs {
  private TestDirs() {}

  /**
   * MariaDB's binaries are unpacked once per machine (313 MB, 2.5 s) and shared by the launcher and
   * every test: {@code ~/.cloudtrade/mariadb-11.4.5}, or the {@code cloudtrade.mariadb.binaries}
   * system property.
   */
  public static Path mariaDbBinaries() {
    String configured = System.getProperty("cloudtrade.mariadb.binaries");
    return configured != null
        ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".cloudtrade", "mariadb-11.4.5");
  }
}
