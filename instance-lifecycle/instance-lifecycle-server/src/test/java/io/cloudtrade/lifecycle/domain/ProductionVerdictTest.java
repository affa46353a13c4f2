package io.cloudtrade.lifecycle.domain;

import static io.cloudtrade.lifecycle.domain.InstanceState.CREATING;
import static io.cloudtrade.lifecycle.domain.InstanceState.FAILED;
import static io.cloudtrade.lifecycle.domain.InstanceState.NORMAL;
import static io.cloudtrade.lifecycle.domain.InstanceState.WAIT_FOR_EXPIRE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductionVerdictTest {
  @Test
  void settlesACreatingInstanceEitherWay() {
    assertThat(ProductionVerdict.of(CREATING, true, false)).isEqualTo(ProductionVerdict.APPLY);
    assertThat(ProductionVerdict.of(CREATING, false, false)).isEqualTo(ProductionVerdict.APPLY);
  }

  @Test
  void theSameAcknowledgementAgainChangesNothing() {
    assertThat(ProductionVerdict.of(NORMAL, true, true)).isEqualTo(ProductionVerdict.ALREADY_APPLIED);
    assertThat(ProductionVerdict.of(FAILED, false, false)).isEqualTo(ProductionVerdict.ALREADY_APPLIED);
  }

  @Test
  void contradictingASettledInstanceIsRefused() {
    assertThat(ProductionVerdict.of(FAILED, true, false)).isEqualTo(ProductionVerdict.INVALID_STATE);
    assertThat(ProductionVerdict.of(NORMAL, false, false)).isEqualTo(ProductionVerdict.INVALID_STATE);
    assertThat(ProductionVerdict.of(NORMAL, true, false)).as("another resource").isEqualTo(ProductionVerdict.INVALID_STATE);
  }

  @Test
  void neverRevivesAnInstanceThroughProduction() {
    assertThat(ProductionVerdict.of(WAIT_FOR_EXPIRE, true, true)).isEqualTo(ProductionVerdict.INVALID_STATE);
  }
}
