package io.cloudtrade.lifecycle.domain;

import static io.cloudtrade.lifecycle.domain.SpecState.APPLIED;
import static io.cloudtrade.lifecycle.domain.SpecState.FAILED;
import static io.cloudtrade.lifecycle.domain.SpecState.PENDING;
import static io.cloudtrade.lifecycle.domain.SpecState.REVERTED;
import static io.cloudtrade.lifecycle.domain.SpecState.REVERTING;
import static io.cloudtrade.lifecycle.domain.SpecState.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpecStateTest {
  @Test
  void aChangeIsSentThenAppliedOrFailed() {
    assertThat(PENDING.next()).containsExactlyInAnyOrder(APPLIED, FAILED);
    assertThat(SCHEDULED.next()).containsExactlyInAnyOrder(PENDING, FAILED);
  }

  @Test
  void onlyAnAppliedVersionRevertsAndARevertEndsIt() {
    assertThat(APPLIED.next()).containsExactly(REVERTING);
    assertThat(REVERTING.next()).containsExactly(REVERTED);
    assertThat(PENDING.canMoveTo(REVERTING)).isFalse();
    assertThat(SCHEDULED.canMoveTo(APPLIED)).as("a scheduled version is sent before it applies").isFalse();
  }

  @Test
  void failedAndRevertedAreFinalAndNothingGoesBack() {
    assertThat(FAILED.isFinal()).isTrue();
    assertThat(REVERTED.isFinal()).isTrue();
    for (SpecState s : SpecState.values()) {
      assertThat(s.canMoveTo(SCHEDULED)).as(s.name()).isFalse();
      assertThat(s.canMoveTo(s)).as(s.name()).isFalse();
    }
    assertThatThrownBy(() -> FAILED.to(APPLIED)).isInstanceOf(IllegalStateException.class);
    assertThat(PENDING.to(APPLIED)).isEqualTo(APPLIED);
  }

  @Test
  void unsettledVersionsAndAnActiveTemporaryUpgradeBlockOtherChanges() {
    assertThat(SCHEDULED.blocksChanges(SpecKind.TEMPORARY)).isTrue();
    assertThat(SCHEDULED.blocksChanges(SpecKind.PERMANENT)).as("a RenewChange waiting for its renewed period").isTrue();
    assertThat(PENDING.blocksChanges(SpecKind.PERMANENT)).isTrue();
    assertThat(PENDING.blocksChanges(SpecKind.REVERT)).isTrue();
    assertThat(REVERTING.blocksChanges(SpecKind.TEMPORARY)).isTrue();
    assertThat(APPLIED.blocksChanges(SpecKind.TEMPORARY)).as("still has to revert").isTrue();
    assertThat(APPLIED.blocksChanges(SpecKind.PERMANENT)).isFalse();
    assertThat(APPLIED.blocksChanges(SpecKind.REVERT)).isFalse();
    assertThat(FAILED.blocksChanges(SpecKind.PERMANENT)).isFalse();
    assertThat(REVERTED.blocksChanges(SpecKind.TEMPORARY)).isFalse();
  }
}
