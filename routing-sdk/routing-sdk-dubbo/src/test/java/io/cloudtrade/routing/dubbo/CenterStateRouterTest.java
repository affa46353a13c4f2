package io.cloudtrade.routing.dubbo;

import static io.cloudtrade.routing.dubbo.Decisions.HANGZHOU;
import static io.cloudtrade.routing.dubbo.Decisions.JAPAN_SENSITIVE;
import static io.cloudtrade.routing.dubbo.Decisions.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.routing.ResidencyPolicy;
import io.cloudtrade.routing.RoutingAttachments;
import io.cloudtrade.routing.RoutingDecision;
import java.util.List;
import org.apache.dubbo.common.URL;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.RpcInvocation;
import org.apache.dubbo.rpc.cluster.router.state.BitList;
import org.junit.jupiter.api.Test;

class CenterStateRouterTest {
  private static final URL CONSUMER = URL.valueOf("consumer://127.0.0.1/" + Echo.class.getName() + "?side=consumer");

  private final FakeInvoker cn1 = FakeInvoker.provider("cn", 1);
  private final FakeInvoker cn2 = FakeInvoker.provider("cn", 2);
  private final FakeInvoker intl = FakeInvoker.provider("intl", 3);
  private final FakeInvoker none = FakeInvoker.provider(null, 4);
  private final CenterStateRouter<Echo> router = new CenterStateRouter<>(CONSUMER);

  @Test
  void withoutADecisionEveryProviderStays() {
    assertThat(route(new RpcInvocation(), cn1, intl, none)).containsExactly(cn1, intl, none);
  }

  @Test
  void aDecisionKeepsTheProvidersOfItsCenterOnly() {
    assertThat(route(under(HANGZHOU), cn1, intl, cn2, none)).containsExactly(cn1, cn2);
    assertThat(route(under(SINGAPORE), cn1, intl, cn2, none)).containsExactly(intl);
    assertThat(route(under(JAPAN_SENSITIVE), cn1, intl, none)).containsExactly(intl);
    assertThat(route(under(HANGZHOU), cn1, cn2)).containsExactly(cn1, cn2);
  }

  @Test
  void withNoProviderInItsCenterADecisionThatMayFailOverGoesToItsFailoverCenter() {
    assertThat(SINGAPORE.failoverTo()).isEqualTo("cn");
    assertThat(route(under(SINGAPORE), cn1, none, cn2)).containsExactly(cn1, cn2);
  }

  @Test
  void residentDataNeverFailsOverAndNorDoesADecisionThatNamesNoFailoverCenter() {
    assertThat(route(under(JAPAN_SENSITIVE), cn1, none, cn2)).isEmpty();
    RoutingDecision unnamed = new RoutingDecision("intl", "ap-southeast-1a", ResidencyPolicy.NONE, true, 1);
    assertThat(route(under(unnamed), cn1, none)).isEmpty();
    // a forged flag does not take resident data out either
    RoutingDecision forged = new RoutingDecision("intl", "ap-southeast-1a", ResidencyPolicy.RESIDENT_ENCRYPTED, true, 1, "cn");
    assertThat(route(under(forged), cn1, none)).isEmpty();
    assertThat(route(under(HANGZHOU), intl, none)).isEmpty(); // cn has no failover center
  }

  @Test
  void malformedAttachmentsFailTheCall() {
    RpcInvocation invocation = new RpcInvocation();
    invocation.setAttachment(RoutingAttachments.CENTER, "intl");
    assertThatThrownBy(() -> route(invocation, cn1, intl)).isInstanceOf(RpcException.class)
        .hasMessageContaining("ct-route-zone is missing")
        .satisfies(e -> assertThat(((RpcException) e).isForbidden()).isTrue());
  }

  private static RpcInvocation under(RoutingDecision decision) {
    RpcInvocation invocation = new RpcInvocation();
    invocation.setMethodName("where");
    RoutingAttachments.toMap(decision).forEach(invocation::setAttachment);
    return invocation;
  }

  @SafeVarargs
  private List<Invoker<Echo>> route(RpcInvocation invocation, Invoker<Echo>... invokers) {
    BitList<Invoker<Echo>> all = new BitList<>(List.of(invokers));
    return router.route(all.clone(), CONSUMER, invocation, false, null).cloneToArrayList();
  }
}
