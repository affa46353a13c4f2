package io.cloudtrade.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.catalog.api.CatalogErrors;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.order.api.OrderErrors;
import org.junit.jupiter.api.Test;

/** One rule for a rejection's HTTP status, on REST and on the OpenAPI. */
class ApiRejectionTest {
  @Test
  void retryableRejectionsAreConflicts() {
    assertThat(ApiRejection.statusOf(OrderErrors.ORDER_IN_PROGRESS)).isEqualTo(409);
    assertThat(ApiRejection.statusOf(OrderErrors.CHANGE_IN_PROGRESS)).isEqualTo(409);
    assertThat(ApiRejection.statusOf(CommonErrors.CONCURRENT_REQUEST)).isEqualTo(409);
  }

  @Test
  void notFoundCodesAre404() {
    assertThat(ApiRejection.statusOf(OrderErrors.ORDER_NOT_FOUND)).isEqualTo(404);
    assertThat(ApiRejection.statusOf(OrderErrors.INSTANCE_NOT_FOUND)).isEqualTo(404);
    assertThat(ApiRejection.statusOf(LifecycleErrors.INSTANCE_NOT_FOUND)).isEqualTo(404);
    assertThat(ApiRejection.statusOf(CatalogErrors.PRODUCT_NOT_FOUND)).isEqualTo(404);
  }

  @Test
  void everyOtherRejectionIs400() {
    assertThat(ApiRejection.statusOf(OrderErrors.ORDER_NOT_CANCELLABLE)).isEqualTo(400);
    assertThat(ApiRejection.statusOf(OrderErrors.INSTANCE_NOT_MODIFIABLE)).isEqualTo(400);
    assertThat(ApiRejection.statusOf(OrderErrors.IDEMPOTENT_PARAMETER_MISMATCH)).isEqualTo(400);
    assertThat(ApiRejection.statusOf(CatalogErrors.INVALID_CHANGE)).isEqualTo(400);
    assertThat(ApiRejection.statusOf(CommonErrors.INVALID_PARAMETER)).isEqualTo(400);
  }

  @Test
  void anOutcomeBecomesARejectionWithItsStatus() {
    assertThatThrownBy(() -> ApiRejection.valueOf(Outcome.rejected(OrderErrors.CHANGE_IN_PROGRESS, "busy")))
        .isInstanceOfSatisfying(ApiRejection.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.code()).isEqualTo("InstanceChangeInProgress");
        });
    assertThat(ApiRejection.valueOf(Outcome.ok("x"))).isEqualTo("x");
  }
}
