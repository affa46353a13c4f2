package io.cloudtrade.monitoringagent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonitoringPropertiesTest {
  @Test
  void defaults() {
    MonitoringProperties p = MonitoringProperties.defaults();
    assertThat(p.enabled()).isTrue();
    assertThat(p.requestLog().enabled()).isTrue();
    assertThat(p.maxCodesPerOperation()).isEqualTo(50);
    assertThat(p.maxProductsPerOperation()).isEqualTo(100);
    assertThat(p.businessExceptions()).isEmpty();
  }

  @Test
  void refusesBadValues() {
    assertThatThrownBy(() -> MonitoringProperties.defaults().withCaps(0, 10)).hasMessageContaining("max-codes-per-operation");
    assertThatThrownBy(() -> MonitoringProperties.defaults().withCaps(10, 100_000)).hasMessageContaining("max-products-per-operation");
    assertThatThrownBy(() -> MonitoringProperties.defaults().withBusinessExceptions(List.of("not a class")))
        .hasMessageContaining("business-exceptions");
    assertThatThrownBy(() -> new MonitoringProperties.RequestLogProperties(true, 2)).hasMessageContaining("max-field-length");
    assertThat(MonitoringProperties.defaults().withBusinessExceptions(List.of("com.example.Foo$Bar")).businessExceptions())
        .containsExactly("com.example.Foo$Bar");
  }
}
