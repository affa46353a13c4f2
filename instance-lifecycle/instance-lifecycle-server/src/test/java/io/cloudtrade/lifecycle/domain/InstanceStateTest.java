package io.cloudtrade.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.lifecycle.api.InstanceStatus;
import org.junit.jupiter.api.Test;

class InstanceStateTest {
  @Test
  void creatingEndsInNormalOrFailed() {
    assertThat(InstanceState.CREATING.next()).containsExactlyInAnyOrder(InstanceState.NORMAL, InstanceState.FAILED);
  }

  @Test
  void aSubscriptionRunsOutAndIsReleased() {
    assertThat(InstanceState.NORMAL.canMoveTo(InstanceState.WAIT_FOR_EXPIRE)).isTrue();
    assertThat(InstanceState.WAIT_FOR_EXPIRE.canMoveTo(InstanceState.EXPIRED)).isTrue();
    assertThat(InstanceState.EXPIRED.canMoveTo(InstanceState.RELEASED)).isTrue();
    assertThat(InstanceState.EXPIRED.canMoveTo(InstanceState.NORMAL)).isTrue();
  }

  @Test
  void failedAndReleasedAreFinal() {
    assertThat(InstanceState.FAILED.isFinal()).isTrue();
    assertThat(InstanceState.RELEASED.isFinal()).isTrue();
    assertThat(InstanceState.FAILED.canMoveTo(InstanceState.NORMAL)).isFalse();
    assertThat(InstanceState.NORMAL.isFinal()).isFalse();
  }

  @Test
  void noStateGoesBackToCreatingNorToItself() {
    for (InstanceState s : InstanceState.values()) {
      assertThat(s.canMoveTo(InstanceState.CREATING)).as(s.name()).isFalse();
      assertThat(s.canMoveTo(s)).as(s.name()).isFalse();
    }
  }

  @Test
  void wireNamesAreThoseOfTheContract() {
    assertThat(InstanceState.ofWireName(InstanceStatus.CREATING)).isEqualTo(InstanceState.CREATING);
    assertThat(InstanceState.ofWireName(InstanceStatus.NORMAL)).isEqualTo(InstanceState.NORMAL);
    assertThat(InstanceState.ofWireName(InstanceStatus.WAIT_FOR_EXPIRE)).isEqualTo(InstanceState.WAIT_FOR_EXPIRE);
    assertThat(InstanceState.ofWireName(InstanceStatus.EXPIRED)).isEqualTo(InstanceState.EXPIRED);
    assertThat(InstanceState.ofWireName(InstanceStatus.RELEASED)).isEqualTo(InstanceState.RELEASED);
    assertThat(InstanceState.ofWireName(InstanceStatus.FAILED)).isEqualTo(InstanceState.FAILED);
    assertThatThrownBy(() -> InstanceState.ofWireName("Running")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRefundReleasesARunningOrExpiringInstanceButNotOneBeingCreated() {
    assertThat(InstanceState.NORMAL.canMoveTo(InstanceState.RELEASED)).isTrue();
    assertThat(InstanceState.WAIT_FOR_EXPIRE.canMoveTo(InstanceState.RELEASED)).isTrue();
    assertThat(InstanceState.EXPIRED.canMoveTo(InstanceState.RELEASED)).isTrue();
    assertThat(InstanceState.CREATING.canMoveTo(InstanceState.RELEASED)).isFalse();
    assertThat(InstanceState.FAILED.canMoveTo(InstanceState.RELEASED)).isFalse();
    assertThat(InstanceState.RELEASED.canMoveTo(InstanceState.RELEASED)).isFalse();
  }

  @Test
  void anExpiredInstanceShowsStoppedTheOthersTheirName() {
    assertThat(InstanceState.EXPIRED.subStatus()).isEqualTo(InstanceStatus.SUB_STATUS_STOPPED);
    assertThat(InstanceState.WAIT_FOR_EXPIRE.subStatus()).isEqualTo(InstanceStatus.WAIT_FOR_EXPIRE);
    assertThat(InstanceState.NORMAL.subStatus()).isEqualTo(InstanceStatus.NORMAL);
    assertThat(InstanceState.RELEASED.subStatus()).isEqualTo(InstanceStatus.RELEASED);
  }

  @Test
  void expiryGoesOneStepAtATimeAndOnlyARenewalLeadsBack() {
    assertThat(InstanceState.NORMAL.canMoveTo(InstanceState.EXPIRED)).isFalse();
    assertThat(InstanceState.WAIT_FOR_EXPIRE.canMoveTo(InstanceState.NORMAL)).isTrue();
    assertThat(InstanceState.EXPIRED.next()).containsExactlyInAnyOrder(InstanceState.NORMAL, InstanceState.RELEASED);
    assertThat(InstanceState.RELEASED.canMoveTo(InstanceState.NORMAL)).isFalse();
  }
}
