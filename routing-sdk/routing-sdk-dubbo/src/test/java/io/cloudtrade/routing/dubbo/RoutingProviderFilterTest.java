package io.cloudtrade.routing.dubbo;

import static io.cloudtrade.routing.dubbo.Decisions.HANGZHOU;
import static io.cloudtrade.routing.dubbo.Decisions.JAPAN_SENSITIVE;
import static io.cloudtrade.routing.dubbo.Decisions.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.routing.ResidencyPolicy;
import io.cloudtrade.routing.RoutingAttachments;
import io.cloudtrade.routing.RoutingDecision;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.RpcInvocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoutingProviderFilterTest {
  private final RoutingProviderFilter filter = new RoutingProviderFilter();
  private final FakeInvoker cn = FakeInvoker.provider("cn", 1);
  private final FakeInvoker noCenter = FakeInvoker.provider(null, 2);

  @AfterEach
  void nothingLeftBehind() {
    assertThat(RoutingContext.current()).isNull();
  }

  @Test
  void theReceivedDecisionIsCurrentWhileTheMethodRuns() {
    Result result = filter.invoke(cn, under(HANGZHOU));
    assertThat(result.getValue()).isEqualTo("ran");
    assertThat(cn.current).containsExactly(HANGZHOU);
  }

  @Test
  void aCallWithoutDecisionRunsWithNoneWhateverTheThreadHad() {
    RoutingContext.run(SINGAPORE, () -> filter.invoke(cn, new RpcInvocation()));
    assertThat(cn.current).containsExactly((RoutingDecision) null);
  }

  @Test
  void aCallDecidedForAnotherCenterIsRefusedWithoutRunningTheMethod() {
    assertRefused(filter.invoke(cn, under(JAPAN_SENSITIVE)), "decided for center intl without failover");
    RoutingDecision unnamed = new RoutingDecision("intl", "ap-southeast-1a", ResidencyPolicy.NONE, true, 1);
    assertRefused(filter.invoke(cn, under(unnamed)), "decided for center intl without failover");
    assertThat(cn.attachments).isEmpty();
  }

  @Test
  void theFailoverCenterOfADecisionServesIt() {
    assertThat(filter.invoke(cn, under(SINGAPORE)).getValue()).isEqualTo("ran");
    assertThat(cn.current).containsExactly(SINGAPORE);
  }

  @Test
  void aProviderWithoutCenterServesEveryDecisionAndPassesItOn() {
    filter.invoke(noCenter, under(JAPAN_SENSITIVE));
    assertThat(noCenter.current).containsExactly(JAPAN_SENSITIVE);
  }

  @Test
  void malformedAttachmentsAreRefused() {
    RpcInvocation invocation = under(HANGZHOU);
    invocation.setAttachment(RoutingAttachments.POLICY, "PUBLIC");
    assertRefused(filter.invoke(cn, invocation), "'PUBLIC' is not a policy");
    assertRefused(filter.invoke(noCenter, invocation), "'PUBLIC' is not a policy");
    assertThat(cn.attachments).isEmpty();
  }

  private static void assertRefused(Result result, String why) {
    assertThat(result.hasException()).isTrue();
    assertThat(result.getException()).isInstanceOf(RpcException.class)
        .hasMessageContaining("call to " + Echo.class.getName() + ".where refused by the provider of center")
        .hasMessageContaining(why);
    assertThat(((RpcException) result.getException()).isForbidden()).isTrue();
  }

  private static RpcInvocation under(RoutingDecision decision) {
    RpcInvocation invocation = new RpcInvocation();
    invocation.setMethodName("where");
    RoutingAttachments.toMap(decision).forEach(invocation::setAttachment);
    return invocation;
  }
}
