package io.cloudtrade.lifecycle.domain;

import static io.cloudtrade.lifecycle.domain.ReleaseAckVerdict.ALREADY_SETTLED;
import static io.cloudtrade.lifecycle.domain.ReleaseAckVerdict.APPLY;
import static io.cloudtrade.lifecycle.domain.ReleaseAckVerdict.FAIL;
import static io.cloudtrade.lifecycle.domain.ReleaseAckVerdict.INVALID_STATE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReleaseAckVerdictTest {
  @Test
  void successReleasesWhatMayBeReleased() {
    assertThat(ReleaseAckVerdict.of(InstanceState.NORMAL, true, null)).isEqualTo(APPLY);
    assertThat(ReleaseAckVerdict.of(InstanceState.EXPIRED, true, null)).isEqualTo(APPLY);
    assertThat(ReleaseAckVerdict.of(InstanceState.CREATING, true, null)).isEqualTo(INVALID_STATE);
    assertThat(ReleaseAckVerdict.of(InstanceState.FAILED, true, null)).isEqualTo(INVALID_STATE);
  }

  @Test
  void failureLeavesTheInstance() {
    assertThat(ReleaseAckVerdict.of(InstanceState.NORMAL, false, null)).isEqualTo(FAIL);
    assertThat(ReleaseAckVerdict.of(InstanceState.RELEASED, false, null)).isEqualTo(INVALID_STATE);
  }

  @Test
  void repeatsAreAnsweredUnchanged() {
    assertThat(ReleaseAckVerdict.of(InstanceState.RELEASED, true, null)).isEqualTo(ALREADY_SETTLED);
    assertThat(ReleaseAckVerdict.of(InstanceState.RELEASED, true, true)).isEqualTo(ALREADY_SETTLED);
    assertThat(ReleaseAckVerdict.of(InstanceState.NORMAL, false, false)).isEqualTo(ALREADY_SETTLED);
    assertThat(ReleaseAckVerdict.of(InstanceState.RELEASED, false, true)).isEqualTo(INVALID_STATE);
  }
}
