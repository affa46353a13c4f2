package io.cloudtrade.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.gateway.web.ConsoleController.Modification;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks the buy page's modify endpoint makes before the order service sees the change. */
class ConsoleControllerTest {
  private static final Map<String, String> CONFIG = Map.of("InstanceType", "ecs.g7.xlarge");
  private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant END = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void acceptsTheThreeKindsOfChange() {
    assertThatCode(() -> ConsoleController.check(new Modification("Upgrade", CONFIG, null, null, "t"))).doesNotThrowAnyException();
    assertThatCode(() -> ConsoleController.check(new Modification("Downgrade", CONFIG, null, null, null))).doesNotThrowAnyException();
    assertThatCode(() -> ConsoleController.check(new Modification("TemporaryUpgrade", CONFIG, START, END, "t"))).doesNotThrowAnyException();
    assertThatCode(() -> ConsoleController.check(new Modification("TemporaryUpgrade", CONFIG, null, END, "t"))).doesNotThrowAnyException();
  }

  @Test
  void refusesWhatCannotBeAChange() {
    assertRejected(new Modification(null, CONFIG, null, null, null), "MissingParameter");
    assertRejected(new Modification("Sidegrade", CONFIG, null, null, null), "InvalidParameter");
    assertRejected(new Modification("Upgrade", Map.of(), null, null, null), "MissingParameter");
    assertRejected(new Modification("Upgrade", CONFIG, null, END, null), "InvalidParameter");
    assertRejected(new Modification("TemporaryUpgrade", CONFIG, START, null, null), "MissingParameter");
    assertRejected(new Modification("TemporaryUpgrade", CONFIG, END, START, null), "InvalidParameter");
  }

  private static void assertRejected(Modification m, String code) {
    assertThatThrownBy(() -> ConsoleController.check(m)).isInstanceOfSatisfying(ApiRejection.class, e -> {
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.code()).isEqualTo(code);
    });
  }
}
