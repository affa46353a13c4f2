package io.cloudtrade.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnAFreePortTest {
  @Test
  void aServerWhosePickedPortWasTakenStartsOnAnotherOne() throws Exception {
    List<Integer> tried = new ArrayList<>();
    String started = EmbeddedInfrastructure.onAFreePort(0, port -> {
      tried.add(port);
      if (tried.size() == 1) {
        throw new BindException("Address already in use");
      }
      return "up on " + port;
    });
    assertThat(tried).hasSize(2);
    assertThat(started).isEqualTo("up on " + tried.get(1));
  }

  @Test
  void aConfiguredPortIsNeverSwappedAndAPickedOneIsTriedThreeTimesAtMost() {
    List<Integer> tried = new ArrayList<>();
    assertThatThrownBy(() -> EmbeddedInfrastructure.onAFreePort(12181, port -> {
      tried.add(port);
      throw new BindException("Address already in use");
    })).isInstanceOf(BindException.class);
    assertThat(tried).containsExactly(12181);
    tried.clear();
    assertThatThrownBy(() -> EmbeddedInfrastructure.onAFreePort(0, port -> {
      tried.add(port);
      throw new BindException("Address already in use");
    })).isInstanceOf(BindException.class);
    assertThat(tried).hasSize(3);
  }
}
