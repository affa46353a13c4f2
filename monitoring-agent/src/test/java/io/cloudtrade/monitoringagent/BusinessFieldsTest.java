package io.cloudtrade.monitoringagent;

import io.cloudtrade.kernel.BusinessField;
import static io.cloudtrade.monitoringagent.Fixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.cloudtrade.monitoringagent.Fixtures.OrderPlaced;
import io.cloudtrade.monitoringagent.Fixtures.PlaceOrderWithCoupon;
import org.junit.jupiter.api.Test;

class BusinessFieldsTest {
  static class Cached {
    @BusinessField("requestId") String requestId = "r-1";
  }

  static class Awkward {
    @BusinessField("nothing") Object nothing;
    @BusinessField("long") String longValue = "x".repeat(300);
    @BusinessField("broken") Object broken = new Object() {
      @Override
      public String toString() {
        throw new IllegalStateException("no");
      }
    };
    @BusinessField("quoted") String quoted = "a\"b";
  }

  @Test
  void readsTheAnnotatedFieldsInOrderAndNothingElse() {
    FieldValues out = new FieldValues();
    BusinessFields.collect(anOrder(), out, 256, null);
    assertThat(out.toMap()).containsExactly(
        entry("requestId", "r-42"), entry("accountId", "1001"), entry("productCode", "ecs"),
        entry("orderType", "NEW"), entry("amount", "361.00 CNY"));
  }

  @Test
  void readsSuperclassFieldsAndRecordComponents() {
    FieldValues out = new FieldValues();
    BusinessFields.collect(new PlaceOrderWithCoupon("r-7", "c-1"), out, 256, null);
    assertThat(out.toMap()).containsEntry("couponId", "c-1").containsEntry("requestId", "r-7").containsEntry("amount", "1.00 CNY");

    FieldValues placed = new FieldValues();
    BusinessFields.collect(new OrderPlaced(99L, "n"), placed, 256, null);
    assertThat(placed.toMap()).containsExactly(entry("orderId", "99"));
  }

  @Test
  void rendersSafely() {
    FieldValues out = new FieldValues();
    BusinessFields.collect(new Awkward(), out, 20, null);
    assertThat(out.toMap()).containsEntry("nothing", null).containsEntry("broken", "<unprintable>").containsEntry("quoted", "a\"b");
    assertThat(out.get("long")).hasSize(20).endsWith("...");
  }

  @Test
  void theFirstValueOfAKeyWinsAndOnlyKeyReadsOneField() {
    FieldValues out = new FieldValues();
    out.put("requestId", "first");
    BusinessFields.collect(anOrder(), out, 256, null);
    assertThat(out.get("requestId")).isEqualTo("first");

    FieldValues product = new FieldValues();
    BusinessFields.collect(anOrder(), product, 256, BusinessField.PRODUCT_CODE);
    assertThat(product.toMap()).containsExactly(entry("productCode", "ecs"));
  }

  @Test
  void scansAClassOnceAndNotPlatformClasses() {
    int before = BusinessFields.scanCount();
    for (int i = 0; i < 5; i++) {
      BusinessFields.collect(new Cached(), new FieldValues(), 256, null);
    }
    assertThat(BusinessFields.scanCount()).isEqualTo(before + 1);
    assertThat(BusinessFields.keys(Cached.class)).containsExactly("requestId");
    assertThat(BusinessFields.has(String.class)).isFalse();
    FieldValues none = new FieldValues();
    BusinessFields.collect("a string", none, 256, null);
    BusinessFields.collect(null, none, 256, null);
    assertThat(none.size()).isZero();
  }
}
