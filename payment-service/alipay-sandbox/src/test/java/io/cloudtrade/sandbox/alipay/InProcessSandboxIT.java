package io.cloudtrade.sandbox.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.domain.AlipayTradePayModel;
import com.alipay.api.domain.AlipayTradeQueryModel;
import com.alipay.api.domain.AlipayTradeRefundModel;
import com.alipay.api.request.AlipayTradePayRequest;
import com.alipay.api.request.AlipayTradeQueryRequest;
import com.alipay.api.request.AlipayTradeRefundRequest;
import com.alipay.api.response.AlipayTradePayResponse;
import com.alipay.api.response.AlipayTradeRefundResponse;
import io.cloudtrade.sandbox.alipay.domain.Ledger;
import io.cloudtrade.sandbox.alipay.domain.TradeKey;
import io.cloudtrade.sandbox.alipay.persistence.JsonLinesTradeJournal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sandbox started in-process the way the launcher does (SpringApplicationBuilder + arguments):
 * its ledger survives a restart when it has a data directory, two sandboxes share a JVM, and a
 * sandbox without a configured key generates one.
 */
class InProcessSandboxIT {
  private static final String APP_ID = "2021000000000042";

  @TempDir
  Path dataDir;

  @Test
  void theLedgerAndItsPendingNotifiesSurviveARestart() throws Exception {
    String outTradeNo = "RESTART-" + System.nanoTime();
    String notifyOutTradeNo = "RESTART-N-" + System.nanoTime();
    try (NotifyReceiver receiver = new NotifyReceiver()) {
      receiver.failFirst(notifyOutTradeNo, 1);
      try (ConfigurableApplicationContext first = start(TestKeys.SANDBOX, "1h")) {
        AlipayClient client = client(first, TestKeys.SANDBOX);
        assertThat(pay(client, outTradeNo, "10.00", null).getCode()).isEqualTo("10000");
        assertThat(refund(client, outTradeNo, "3.00", "R1").getFundChange()).isEqualTo("Y");
        pay(client, notifyOutTradeNo, "1.00", receiver.url());
        Ledger ledger = first.getBean(Ledger.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> ledger.find(new TradeKey(APP_ID, notifyOutTradeNo))
            .map(t -> t.notifications().get(0).attempts().size() == 1).orElse(false));
        assertThat(receiver.of(notifyOutTradeNo)).hasSize(1);
      }
      assertThat(Files.readAllLines(dataDir.resolve(JsonLinesTradeJournal.FILE_NAME))).isNotEmpty();

      try (ConfigurableApplicationContext second = start(TestKeys.SANDBOX, "200ms")) {
        AlipayClient client = client(second, TestKeys.SANDBOX);
        AlipayTradeQueryRequest query = new AlipayTradeQueryRequest();
        AlipayTradeQueryModel model = new AlipayTradeQueryModel();
        model.setOutTradeNo(outTradeNo);
        query.setBizModel(model);
        assertThat(client.execute(query).getTradeStatus()).isEqualTo("TRADE_SUCCESS");
        assertThat(refund(client, outTradeNo, "3.00", "R1").getFundChange()).as("still deduplicated").isEqualTo("N");
        assertThat(refund(client, outTradeNo, "7.01", "R2").getSubCode()).isEqualTo("ACQ.REASON_TRADE_REFUND_FEE_ERR");
        assertThat(refund(client, outTradeNo, "7.00", "R2").getRefundFee()).isEqualTo("10.00");
        // the notify answered "fail" before the restart is retried after it
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.of(notifyOutTradeNo).size() == 2);
      }
    }
  }

  @Test
  void twoSandboxesShareAJvmWithoutSharingState() throws Exception {
    TestKeys otherSandbox = TestKeys.generate();
    try (ConfigurableApplicationContext one = start(TestKeys.SANDBOX, "1s", false);
        ConfigurableApplicationContext two = start(otherSandbox, "1s", false)) {
      String outTradeNo = "TWIN-" + System.nanoTime();
      assertThat(pay(client(one, TestKeys.SANDBOX), outTradeNo, "1.00", null).getCode()).isEqualTo("10000");
      AlipayTradeQueryRequest query = new AlipayTradeQueryRequest();
      query.setBizContent("{\"out_trade_no\":\"" + outTradeNo + "\"}");
      assertThat(client(two, otherSandbox).execute(query).getSubCode()).isEqualTo("ACQ.TRADE_NOT_EXIST");
      assertThat(client(one, TestKeys.SANDBOX).execute(query).getTradeStatus()).isEqualTo("TRADE_SUCCESS");
    }
  }

  @Test
  void aSandboxWithoutAKeyGeneratesOneAndServesItsPublicHalf() throws Exception {
    try (ConfigurableApplicationContext sandbox = start(null, "1s", false)) {
      String publicKey = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(sandbox) + "/sandbox/public-key")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      AlipayClient client = client(sandbox, new TestKeys(null, publicKey));
      assertThat(pay(client, "GEN-" + System.nanoTime(), "1.00", null).getCode()).isEqualTo("10000");
    }
  }

  private ConfigurableApplicationContext start(TestKeys sandboxKeys, String retrySchedule) {
    return start(sandboxKeys, retrySchedule, true);
  }

  private ConfigurableApplicationContext start(TestKeys sandboxKeys, String retrySchedule, boolean persistent) {
    List<String> args = new ArrayList<>(List.of(
        "--spring.config.name=" + AlipaySandboxApplication.CONFIG_NAME,
        "--server.port=0",
        "--logging.level.sdk=OFF",
        "--cloudtrade.sandbox.alipay.apps[0].app-id=" + APP_ID,
        "--cloudtrade.sandbox.alipay.apps[0].public-key=" + TestKeys.MERCHANT.publicKey(),
        "--cloudtrade.sandbox.alipay.notify.retry-schedule=" + retrySchedule));
    if (sandboxKeys != null) {
      args.add("--cloudtrade.sandbox.alipay.private-key=" + sandboxKeys.privateKey());
    }
    if (persistent) {
      args.add("--cloudtrade.sandbox.alipay.data-dir=" + dataDir);
    }
    return new SpringApplicationBuilder(AlipaySandboxApplication.class).registerShutdownHook(false)
        .run(args.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  private static AlipayClient client(ConfigurableApplicationContext context, TestKeys sandboxKeys) {
    return new DefaultAlipayClient("http://127.0.0.1:" + port(context) + "/gateway.do", APP_ID,
        TestKeys.MERCHANT.privateKey(), "json", "utf-8", sandboxKeys.publicKey(), "RSA2");
  }

  private static AlipayTradePayResponse pay(AlipayClient client, String outTradeNo, String amount, String notifyUrl)
      throws AlipayApiException {
    AlipayTradePayModel model = new AlipayTradePayModel();
    model.setOutTradeNo(outTradeNo);
    model.setTotalAmount(amount);
    model.setSubject("restart");
    model.setScene("bar_code");
    model.setAuthCode("280000000000000000");
    AlipayTradePayRequest request = new AlipayTradePayRequest();
    request.setNotifyUrl(notifyUrl);
    request.setBizModel(model);
    return client.execute(request);
  }

  private static AlipayTradeRefundResponse refund(AlipayClient client, String outTradeNo, String amount,
      String outRequestNo) throws AlipayApiException {
    AlipayTradeRefundModel model = new AlipayTradeRefundModel();
    model.setOutTradeNo(outTradeNo);
    model.setRefundAmount(amount);
    model.setOutRequestNo(outRequestNo);
    AlipayTradeRefundRequest request = new AlipayTradeRefundRequest();
    request.setBizModel(model);
    return client.execute(request);
  }
}
