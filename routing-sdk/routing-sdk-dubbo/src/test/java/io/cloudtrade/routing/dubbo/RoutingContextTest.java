package io.cloudtrade.routing.dubbo;

import static io.cloudtrade.routing.dubbo.Decisions.HANGZHOU;
import static io.cloudtrade.routing.dubbo.Decisions.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoutingContextTest {
  @AfterEach
  void nothingLeftBehind() {
    assertThat(RoutingContext.current()).isNull();
  }

  @Test
  void aDecisionIsCurrentInsideOnlyAndNestedOnesRestoreTheOuter() {
    assertThat(RoutingContext.current()).isNull();
    String seen = RoutingContext.call(HANGZHOU, () -> {
      assertThat(RoutingContext.current()).isEqualTo(HANGZHOU);
      RoutingContext.run(SINGAPORE, () -> assertThat(RoutingContext.current()).isEqualTo(SINGAPORE));
      return RoutingContext.current().center();
    });
    assertThat(seen).isEqualTo("cn");
  }

  @Test
  void theOuterDecisionComesBackWhenTheBodyThrows() {
    RoutingContext.run(HANGZHOU, () -> {
      assertThatThrownBy(() -> RoutingContext.run(SINGAPORE, () -> {
        throw new IllegalStateException("boom");
      })).hasMessage("boom");
      assertThat(RoutingContext.current()).isEqualTo(HANGZHOU);
    });
  }

  @Test
  void withinNoDecisionNoneIsCurrent() {
    RoutingContext.run(HANGZHOU, () -> {
      assertThat(RoutingContext.within(null, RoutingContext::current)).isNull();
      assertThat(RoutingContext.current()).isEqualTo(HANGZHOU);
    });
  }

  @Test
  void itIsThreadLocal() {
    RoutingContext.run(HANGZHOU, () ->
        assertThat(CompletableFuture.supplyAsync(RoutingContext::current).join()).isNull());
  }

  @Test
  void aDecisionIsRequired() {
    assertThatThrownBy(() -> RoutingContext.call(null, () -> "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RoutingContext.run(null, () -> {})).isInstanceOf(NullPointerException.class);
  }
}
