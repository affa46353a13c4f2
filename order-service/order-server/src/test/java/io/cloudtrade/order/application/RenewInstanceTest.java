package io.cloudtrade.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.api.RenewInstanceCommand;
import io.cloudtrade.order.api.RenewalPrice;
import io.cloudtrade.order.persistence.OrderMapper;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * RenewInstance's guard for renewals meant for one end time (automatic renewals), before anything is
 * looked up, priced or paid: in-memory stand-ins for the orders, the prices and lifecycle's instances.
 */
class RenewInstanceTest {
  static final long ACCOUNT = 7;
  static final String INSTANCE = "i-renew";
  static final Instant END = Instant.parse("2030-02-10T00:00:00.250Z");
  static final Instant RENEWED = Instant.parse("2030-03-10T00:00:00.250Z");
  /** what stands in for the price, to see that a renewal got that far */
  static final String PRICED = "Priced";

  final List<String> calls = new ArrayList<>();
  final Map<String, InstanceView> lifecycle = new ConcurrentHashMap<>();

  final OrderMapper orders = (OrderMapper) Proxy.newProxyInstance(getClass().getClassLoader(),
      new Class<?>[] {OrderMapper.class}, (proxy, method, args) -> {
        calls.add("orders." + method.getName());
        return null; // no order under any ClientToken
      });

  final InstanceService instances = new InstanceService() {
    @Override
    public Outcome<Page<InstanceView>> queryInstances(InstanceQuery query) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<InstanceView> getInstance(long accountId, String instanceId) {
      calls.add("lifecycle.getInstance");
      InstanceView v = lifecycle.get(instanceId);
      return v == null || v.getAccountId() != accountId ? Outcome.rejected(LifecycleErrors.INSTANCE_NOT_FOUND, instanceId)
          : Outcome.ok(v);
    }

    @Override
    public Outcome<Integer> setRenewal(long accountId, List<String> instanceIds, String renewStatus, Integer renewPeriod,
        String renewPeriodUnit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<Integer> releasePayAsYouGo(long accountId, List<String> instanceIds) {
      throw new UnsupportedOperationException();
    }
  };

  final PriceRenewal prices = new PriceRenewal(null, null, null) {
    @Override
    public Outcome<RenewalPrice> priceRenewal(long accountId, String instanceId, int period, String periodUnit) {
      calls.add("price");
      return Outcome.rejected(PRICED, "stops here");
    }
  };

  final OrderPayment payment = new OrderPayment(orders, null, null, null, null, null, null, null, null, Duration.ZERO);
  final RenewInstance renew = new RenewInstance(orders, prices, payment, instances, null);

  void lifecycleReportsEndTime(Instant endTime) {
    lifecycle.put(INSTANCE, new InstanceView().setInstanceId(INSTANCE).setAccountId(ACCOUNT)
        .setSubscriptionType("Subscription").setStatus("Normal").setEndTime(endTime));
  }

  static RenewInstanceCommand renewal(Instant expectedEndTime) {
    return new RenewInstanceCommand().setAccountId(ACCOUNT).setClientToken("token-1").setInstanceId(INSTANCE)
        .setPeriod(1).setPeriodUnit("Month").setPayNow(true).setExpectedEndTime(expectedEndTime);
  }

  @Test
  void aRenewalForAnEndTimeTheInstanceNoLongerHasIsRejectedBeforeAnythingIsPricedOrPaid() {
    lifecycleReportsEndTime(RENEWED);
    Outcome<PlacedOrder> o = renew.renewInstance(renewal(END));
    assertThat(o.isOk()).isFalse();
    assertThat(o.code()).isEqualTo(OrderErrors.INSTANCE_RENEWED_MEANWHILE);
    assertThat(o.message()).contains(END.toString()).contains(RENEWED.toString());
    // not even an order found again under its token is answered (it could be an unpaid one)
    assertThat(calls).containsExactly("lifecycle.getInstance");
  }

  @Test
  void aRenewalForTheEndTimeTheInstanceHasGoesOn() {
    lifecycleReportsEndTime(END);
    assertThat(renew.renewInstance(renewal(END)).code()).isEqualTo(PRICED);
    // the same instant with more precision than the database keeps
    assertThat(renew.renewInstance(renewal(END.plusNanos(999))).code()).isEqualTo(PRICED);
  }

  @Test
  void aRenewalWithoutExpectedEndTimeDoesNotAskLifecycle() {
    lifecycleReportsEndTime(RENEWED);
    assertThat(renew.renewInstance(renewal(null)).code()).isEqualTo(PRICED);
    assertThat(calls).doesNotContain("lifecycle.getInstance");
  }

  @Test
  void anInstanceLifecycleDoesNotKnowIsNotFound() {
    assertThat(renew.renewInstance(renewal(END)).code()).isEqualTo(OrderErrors.INSTANCE_NOT_FOUND);
    assertThat(calls).doesNotContain("price");
  }
}
