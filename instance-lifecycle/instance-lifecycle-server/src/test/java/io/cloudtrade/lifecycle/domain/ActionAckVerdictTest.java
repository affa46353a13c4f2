package io.cloudtrade.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionAckVerdictTest {
  @Test
  void aFirstAcknowledgementSettlesTheTaskEitherWay() {
    assertThat(ActionAckVerdict.of(true, null)).isEqualTo(ActionAckVerdict.DONE);
    assertThat(ActionAckVerdict.of(false, null)).isEqualTo(ActionAckVerdict.FAILED);
  }

  @Test
  void aRepeatAgreesOrContradicts() {
    assertThat(ActionAckVerdict.of(true, true)).isEqualTo(ActionAckVerdict.ALREADY_SETTLED);
    assertThat(ActionAckVerdict.of(false, false)).isEqualTo(ActionAckVerdict.ALREADY_SETTLED);
    assertThat(ActionAckVerdict.of(false, true)).isEqualTo(ActionAckVerdict.CONTRADICTS);
    assertThat(ActionAckVerdict.of(true, false)).isEqualTo(ActionAckVerdict.CONTRADICTS);
  }
}
