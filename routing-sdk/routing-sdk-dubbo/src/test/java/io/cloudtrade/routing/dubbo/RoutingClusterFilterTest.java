package io.cloudtrade.routing.dubbo;

import static io.cloudtrade.routing.dubbo.Decisions.HANGZHOU;
import static io.cloudtrade.routing.dubbo.Decisions.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.routing.RoutingAttachments;
import java.util.Map;
import org.apache.dubbo.rpc.RpcContext;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.RpcInvocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoutingClusterFilterTest {
  private final RoutingClusterFilter filter = new RoutingClusterFilter();
  private final FakeInvoker next = new FakeInvoker("consumer://127.0.0.1/" + Echo.class.getName() + "?side=consumer");

  @AfterEach
  void clearClientAttachments() {
    RpcContext.removeClientAttachment();
  }

  @Test
  void theCurrentDecisionTravelsAsTheRouteAttachments() {
    RpcInvocation invocation = new RpcInvocation();
    invocation.setAttachment("traceId", "abc");
    RoutingContext.run(SINGAPORE, () -> filter.invoke(next, invocation));
    assertThat(next.attachments.get(0)).containsAllEntriesOf(RoutingAttachments.toMap(SINGAPORE))
        .containsEntry("ct-route-failover-to", "cn").containsEntry("traceId", "abc");
  }

  @Test
  void theCurrentDecisionReplacesEveryRouteAttachmentThereWas() {
    RpcInvocation invocation = new RpcInvocation();
    RoutingAttachments.toMap(SINGAPORE).forEach(invocation::setAttachment);
    RoutingContext.run(HANGZHOU, () -> filter.invoke(next, invocation));
    assertThat(next.attachments.get(0)).containsAllEntriesOf(RoutingAttachments.toMap(HANGZHOU))
        .doesNotContainKey("ct-route-failover-to");
  }

  @Test
  void withoutACurrentDecisionTheOneInTheAttachmentsIsKept() {
    RpcInvocation invocation = new RpcInvocation();
    RoutingAttachments.toMap(SINGAPORE).forEach(invocation::setAttachment);
    filter.invoke(next, invocation);
    assertThat(next.attachments.get(0)).containsAllEntriesOf(RoutingAttachments.toMap(SINGAPORE));
  }

  @Test
  void aDecisionSetByHandInTheClientAttachmentsIsWrittenToTheInvocation() {
    RoutingAttachments.toMap(HANGZHOU).forEach(RpcContext.getClientAttachment()::setAttachment);
    filter.invoke(next, new RpcInvocation());
    assertThat(next.attachments.get(0)).containsAllEntriesOf(RoutingAttachments.toMap(HANGZHOU));
    assertThat(RpcContext.getClientAttachment().getObjectAttachments()).doesNotContainKey("ct-route-center");
  }

  @Test
  void withoutAnyDecisionNothingIsAdded() {
    filter.invoke(next, new RpcInvocation());
    assertThat(next.attachments.get(0)).doesNotContainKeys(RoutingAttachments.KEYS.toArray(String[]::new));
  }

  @Test
  void malformedAttachmentsFailTheCallBeforeItIsSent() {
    RpcInvocation invocation = new RpcInvocation();
    invocation.setAttachment("ct-route-center", "intl");
    assertThatThrownBy(() -> filter.invoke(next, invocation)).isInstanceOf(RpcException.class)
        .hasMessageContaining("ct-route-zone is missing").hasMessageContaining("invocation");
    assertThat(next.attachments).isEmpty();

    Map<String, String> bad = RoutingAttachments.toMap(HANGZHOU);
    bad.put("ct-route-version", "v2");
    bad.forEach(RpcContext.getClientAttachment()::setAttachment);
    assertThatThrownBy(() -> filter.invoke(next, new RpcInvocation())).isInstanceOf(RpcException.class)
        .hasMessageContaining("'v2' is not a number").hasMessageContaining("client attachments");
    assertThat(next.attachments).isEmpty();
  }
}
