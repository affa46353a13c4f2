package io.cloudtrade.sandbox.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.alipay.api.internal.util.AlipaySignature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Delivery of the asynchronous notifies: retries until "success", and the delivery policies. */
class NotifyDeliveryIT extends SandboxItBase {
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  @Test
  void aNotifyIsRetriedUntilAnsweredSuccess() {
    String outTradeNo = newOutTradeNo();
    receiver.failFirst(outTradeNo, 2);
    barcodePay(outTradeNo, "4.00", "28" + System.nanoTime());

    await().atMost(PATIENCE).until(() -> "DELIVERED".equals(notifyOf(outTradeNo, 0).get("state")));
    List<Map<String, Object>> attempts = attempts(outTradeNo, 0);
    assertThat(attempts).extracting(a -> a.get("acknowledged")).containsExactly(false, false, true);
    assertThat(attempts).extracting(a -> a.get("kind")).containsExactly("DELIVERY", "RETRY", "RETRY");
    assertThat(receiver.of(outTradeNo)).hasSize(3)
        .extracting(n -> n.get("notify_id")).containsOnly(receiver.of(outTradeNo).get(0).get("notify_id"));
  }

  @Test
  void retriesStopWhenTheScheduleIsExhausted() {
    String outTradeNo = newOutTradeNo();
    receiver.failFirst(outTradeNo, 100);
    barcodePay(outTradeNo, "4.00", "28" + System.nanoTime());
    await().atMost(PATIENCE).until(() -> "GAVE_UP".equals(notifyOf(outTradeNo, 0).get("state")));
    assertThat(attempts(outTradeNo, 0)).as("the first attempt and 3 retries").hasSize(4);
  }

  @Test
  void duplicatePolicySendsEachNotifyTwice() {
    setPolicy(Map.of("mode", "DUPLICATE"));
    String outTradeNo = paidTrade("5.00");
    await().atMost(PATIENCE).until(() -> receiver.of(outTradeNo).size() == 2);
    assertThat(receiver.of(outTradeNo).get(0).get("notify_id")).isEqualTo(receiver.of(outTradeNo).get(1).get("notify_id"));
  }

  @Test
  void dropPolicyNeverSendsButTheTradeIsPaidAndCanBeNotifiedOnDemand() throws Exception {
    setPolicy(Map.of("mode", "DROP"));
    String outTradeNo = paidTrade("5.00");
    assertThat(query(outTradeNo).getTradeStatus()).isEqualTo("TRADE_SUCCESS");
    await().atMost(PATIENCE).until(() -> "DROPPED".equals(notifyOf(outTradeNo, 0).get("state")));
    Thread.sleep(500);
    assertThat(receiver.of(outTradeNo)).isEmpty();

    @SuppressWarnings("unchecked")
    Map<String, Object> attempt = http.postForObject("/sandbox/trades/" + outTradeNo + "/notify", null, Map.class);
    assertThat(attempt).containsEntry("acknowledged", true).containsEntry("kind", "MANUAL");
    assertThat(receiver.of(outTradeNo)).hasSize(1);
    assertThat(notifyOf(outTradeNo, 0)).containsEntry("state", "DELIVERED");
  }

  @Test
  void delayPolicySendsLate() throws Exception {
    setPolicy(Map.of("mode", "DELAY", "delayMillis", 1500));
    String outTradeNo = paidTrade("5.00");
    Thread.sleep(700);
    assertThat(receiver.of(outTradeNo)).as("not yet").isEmpty();
    await().atMost(PATIENCE).until(() -> receiver.of(outTradeNo).size() == 1);
  }

  @Test
  void outOfOrderPolicySendsTheHeldNotifiesNewestFirst() {
    setPolicy(Map.of("mode", "OUT_OF_ORDER", "delayMillis", 1500));
    String first = paidTrade("1.00");
    String second = paidTrade("2.00");
    assertThat(refund(first, "1.00", "full").getFundChange()).isEqualTo("Y");

    await().atMost(PATIENCE).until(() -> receiver.of(first).size() == 2 && receiver.of(second).size() == 1);
    List<String> order = receiver.all().stream()
        .filter(n -> n.get("out_trade_no").equals(first) || n.get("out_trade_no").equals(second))
        .map(n -> n.get("out_trade_no") + "/" + n.get("trade_status")).toList();
    assertThat(order).containsExactly(first + "/TRADE_CLOSED", second + "/TRADE_SUCCESS", first + "/TRADE_SUCCESS");
  }

  @Test
  void randomPolicyIsReproducibleWithItsSeed() throws Exception {
    List<String> firstRun = randomRun();
    List<String> secondRun = randomRun();
    assertThat(secondRun).isEqualTo(firstRun);
  }

  /** Six payments under RANDOM with seed 7: what became of each one's notify. */
  private List<String> randomRun() throws Exception {
    setPolicy(Map.of("mode", "RANDOM", "seed", 7, "delayMillis", 300));
    List<String> trades = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      trades.add(paidTrade("1.00"));
    }
    await().atMost(PATIENCE).until(() -> trades.stream().noneMatch(t -> "PENDING".equals(notifyOf(t, 0).get("state"))));
    Thread.sleep(500);
    return trades.stream().map(t -> notifyOf(t, 0).get("state") + "x" + receiver.of(t).size()).toList();
  }

  @Test
  void aRefundIsNotifiedWithItsAmounts() throws Exception {
    String outTradeNo = paidTrade("9.00");
    refund(outTradeNo, "2.00", "RN1");
    await().atMost(PATIENCE).until(() -> receiver.of(outTradeNo).size() == 2);
    Map<String, String> refundNotify = receiver.of(outTradeNo).stream()
        .filter(n -> n.containsKey("refund_fee")).findFirst().orElseThrow();
    assertThat(refundNotify).containsEntry("trade_status", "TRADE_SUCCESS").containsEntry("refund_fee", "2.00")
        .containsEntry("out_biz_no", "RN1").containsEntry("total_amount", "9.00").containsKey("gmt_refund");
    assertThat(AlipaySignature.rsaCheckV1(new HashMap<>(refundNotify), TestKeys.SANDBOX.publicKey(), "utf-8", "RSA2"))
        .isTrue();
  }

  private void setPolicy(Map<String, Object> policy) {
    assertThat(http.postForEntity("/sandbox/notify-policy", policy, String.class).getStatusCode().value()).isEqualTo(200);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> notifyOf(String outTradeNo, int index) {
    List<Map<String, Object>> notifies = (List<Map<String, Object>>) ledgerEntry(outTradeNo).get("notifies");
    return notifies.size() > index ? notifies.get(index) : Map.of();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> attempts(String outTradeNo, int index) {
    return (List<Map<String, Object>>) notifyOf(outTradeNo, index).get("attempts");
  }
}
