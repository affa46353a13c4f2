package io.cloudtrade.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResendScheduleTest {
  static final ResendSchedule DEFAULTS = new ResendSchedule(Duration.ofSeconds(60), Duration.ofMinutes(10), 8);

  @Test
  void theWaitDoublesFromTheFirstUpToTheLongest() {
    List<Duration> waits = new ArrayList<>();
    for (int sends = 1; sends <= 8; sends++) {
      waits.add(DEFAULTS.waitAfter(sends));
    }
    assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
        Duration.ofMinutes(8), Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(10));
  }

  @Test
  void withTheDefaultsTheWorkIsStuckFiftyFiveMinutesAfterTheFirstSend() {
    Duration at = Duration.ZERO;
    List<Long> sendMinutes = new ArrayList<>();
    int sends = 0;
    while (true) {
      sends++;
      sendMinutes.add(at.toMinutes());
      at = at.plus(DEFAULTS.waitAfter(sends));
      if (DEFAULTS.spent(sends)) {
        break;
      }
    }
    assertThat(sendMinutes).containsExactly(0L, 1L, 3L, 7L, 15L, 25L, 35L, 45L);
    assertThat(at).isEqualTo(Duration.ofMinutes(55));
  }

  @Test
  void theAttemptsAreSpentAtTheMaximum() {
    ResendSchedule s = new ResendSchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 3);
    assertThat(s.spent(1)).isFalse();
    assertThat(s.spent(2)).isFalse();
    assertThat(s.spent(3)).isTrue();
    assertThat(s.spent(4)).isTrue();
    assertThat(new ResendSchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 1).spent(1)).isTrue();
  }

  @Test
  void aLongestWaitThatIsNoPowerOfTwoCapsTheWait() {
    ResendSchedule s = new ResendSchedule(Duration.ofSeconds(3), Duration.ofSeconds(10), 5);
    assertThat(s.waitAfter(1)).isEqualTo(Duration.ofSeconds(3));
    assertThat(s.waitAfter(2)).isEqualTo(Duration.ofSeconds(6));
    assertThat(s.waitAfter(3)).isEqualTo(Duration.ofSeconds(10));
    assertThat(s.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(10)); // no overflow
  }

  @Test
  void refusesWhatMakesNoSchedule() {
    assertThatThrownBy(() -> new ResendSchedule(Duration.ZERO, Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ResendSchedule(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ResendSchedule(Duration.ofMinutes(1), Duration.ofMinutes(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DEFAULTS.waitAfter(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
