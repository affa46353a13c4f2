package io.cloudtrade.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {
  @TempDir Path elsewhere;

  @Test
  void aDataDirectoryUnderTheTemporaryDirectoryIsHandedOverThroughALinkFromOutsideIt() throws Exception {
    Path data = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "ct-test-" + ProcessHandle.current().pid(), "data"));
    Path binaries = Path.of(System.getProperty("user.home"), ".cloudtrade", "mariadb-11.4.5");
    Path handed = EmbeddedMariaDb.outsideTemporaryDirectory(binaries, data);
    assertThat(handed.toString()).doesNotStartWith(System.getProperty("java.io.tmpdir"));
    assertThat(handed.toRealPath()).isEqualTo(data.toRealPath());
    assertThat(EmbeddedMariaDb.outsideTemporaryDirectory(binaries, data)).isEqualTo(handed); // stable across starts
  }

  @Test
  void anyOtherDirectoryIsUsedAsItIs() throws Exception {
    Path data = Path.of(System.getProperty("user.home"), ".cloudtrade-test-data").toAbsolutePath();
    assertThat(EmbeddedMariaDb.outsideTemporaryDirectory(elsewhere, data)).isEqualTo(data);
  }

  @Test
  void aSocketBesideADeepDataDirectoryMovesToTheTemporaryDirectory() {
    Path shallow = Path.of("/w/it-data/mariadb");
    assertThat(EmbeddedMariaDb.socketPath(shallow, 13306)).isEqualTo(shallow.resolve("mysqld.sock"));
    Path deep = Path.of("/check/work/main/instance-lifecycle/instance-lifecycle-server/target/it-data/shared-4181/mariadb");
    Path socket = EmbeddedMariaDb.socketPath(deep, 40123);
    assertThat(socket.getFileName().toString()).isEqualTo("cloudtrade-mysqld-40123.sock");
    assertThat(socket.toString().length()).isLessThanOrEqualTo(107);
  }
}
