package io.cloudtrade.lifecycle.domain;

import static io.cloudtrade.lifecycle.domain.ChangeAckVerdict.ALREADY_SETTLED;
import static io.cloudtrade.lifecycle.domain.ChangeAckVerdict.APPLY;
import static io.cloudtrade.lifecycle.domain.ChangeAckVerdict.FAIL;
import static io.cloudtrade.lifecycle.domain.ChangeAckVerdict.INVALID_STATE;
import static io.cloudtrade.lifecycle.domain.ChangeAckVerdict.RETRY_LATER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeAckVerdictTest {
  @Test
  void aPendingVersionIsAppliedOrFailed() {
    assertThat(ChangeAckVerdict.of(SpecState.PENDING, SpecKind.PERMANENT, true, null)).isEqualTo(APPLY);
    assertThat(ChangeAckVerdict.of(SpecState.PENDING, SpecKind.TEMPORARY, false, null)).isEqualTo(FAIL);
  }

  @Test
  void aFailedRevertIsTriedAgainNeverFailed() {
    assertThat(ChangeAckVerdict.of(SpecState.PENDING, SpecKind.REVERT, false, null)).isEqualTo(RETRY_LATER);
    assertThat(ChangeAckVerdict.of(SpecState.PENDING, SpecKind.REVERT, true, null)).isEqualTo(APPLY);
  }

  @Test
  void theSameAcknowledgementAgainIsAnsweredUnchanged() {
    assertThat(ChangeAckVerdict.of(SpecState.APPLIED, SpecKind.PERMANENT, true, true)).isEqualTo(ALREADY_SETTLED);
    assertThat(ChangeAckVerdict.of(SpecState.FAILED, SpecKind.PERMANENT, false, false)).isEqualTo(ALREADY_SETTLED);
    assertThat(ChangeAckVerdict.of(SpecState.PENDING, SpecKind.REVERT, false, false)).isEqualTo(ALREADY_SETTLED);
  }

  @Test
  void anotherAttemptOfAnAppliedVersionChangesNothing() {
    assertThat(ChangeAckVerdict.of(SpecState.APPLIED, SpecKind.PERMANENT, true, null)).isEqualTo(ALREADY_SETTLED);
    assertThat(ChangeAckVerdict.of(SpecState.REVERTING, SpecKind.TEMPORARY, true, null)).isEqualTo(ALREADY_SETTLED);
    assertThat(ChangeAckVerdict.of(SpecState.FAILED, SpecKind.PERMANENT, false, null)).isEqualTo(ALREADY_SETTLED);
  }

  @Test
  void contradictingASettledVersionIsRefused() {
    assertThat(ChangeAckVerdict.of(SpecState.APPLIED, SpecKind.PERMANENT, false, null)).isEqualTo(INVALID_STATE);
    assertThat(ChangeAckVerdict.of(SpecState.FAILED, SpecKind.PERMANENT, true, null)).isEqualTo(INVALID_STATE);
    assertThat(ChangeAckVerdict.of(SpecState.APPLIED, SpecKind.PERMANENT, false, true)).isEqualTo(INVALID_STATE);
    assertThat(ChangeAckVerdict.of(SpecState.SCHEDULED, SpecKind.TEMPORARY, true, null)).isEqualTo(INVALID_STATE);
  }
}
