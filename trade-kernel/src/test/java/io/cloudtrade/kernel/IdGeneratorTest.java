package io.cloudtrade.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {
  @Test
  void idsAreUniqueAndIncreasingEvenWithAFrozenClock() {
    IdGenerator ids = new IdGenerator(3, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    Set<Long> seen = new HashSet<>();
    long last = 0;
    for (int i = 0; i < 10_000; i++) { // more than one millisecond's sequence
      long id = ids.next();
      assertThat(id).isGreaterThan(last);
      assertThat(seen.add(id)).isTrue();
      last = id;
    }
  }

  @Test
  void differentNodesNeverCollide() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(new IdGenerator(1, clock).next()).isNotEqualTo(new IdGenerator(2, clock).next());
  }
}
