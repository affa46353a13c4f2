package io.cloudtrade.sandbox.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.payments.nativepay.model.Amount;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayRequest;
import com.wechat.pay.java.service.payments.nativepay.model.QueryOrderByOutTradeNoRequest;
import io.cloudtrade.sandbox.wechatpay.persistence.LedgerJournal;
import io.cloudtrade.sandbox.wechatpay.support.TestKeys;
import io.cloudtrade.sandbox.wechatpay.support.TestMerchant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sandbox as the launcher starts it: in-process with SpringApplicationBuilder and
 * {@code --key=value} arguments, two at once in one JVM, and its journal replayed after a restart.
 */
class InProcessStartIT {
  static final TestMerchant MERCHANT = TestMerchant.create("1900000201", "wx0000000000000201", "PUBLIC_KEY");
  static final KeyPair PLATFORM = TestKeys.rsa();

  @TempDir
  Path journal;

  static ConfigurableApplicationContext start(Path journalDir) {
    List<String> args = new ArrayList<>(List.of(
        "--server.port=0",
        "--spring.config.name=" + WechatPaySandboxApplication.CONFIG_NAME,
        "--cloudtrade.sandbox.wechatpay.platform-private-key=" + TestKeys.pkcs8(PLATFORM),
        "--cloudtrade.sandbox.wechatpay.platform-key-serial=PUB_KEY_ID_0112000000000000000000000201"));
    if (journalDir != null) {
      args.add("--cloudtrade.sandbox.wechatpay.journal-dir=" + journalDir);
    }
    MERCHANT.properties(0).forEach((k, v) -> args.add("--" + k + "=" + v));
    return new SpringApplicationBuilder(WechatPaySandboxApplication.class).run(args.toArray(String[]::new));
  }

  static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  static NativePayService client(int port) {
    RSAPublicKeyConfig config = new RSAPublicKeyConfig.Builder()
        .merchantId(MERCHANT.mchid())
        .privateKey(MERCHANT.apiKey().getPrivate())
        .merchantSerialNumber(MERCHANT.certificateSerial())
        .publicKeyId("PUB_KEY_ID_0112000000000000000000000201")
        .publicKey(PLATFORM.getPublic())
        .apiV3Key(MERCHANT.apiV3Key())
        .build();
    OkHttpClient ok = new OkHttpClient.Builder().addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
        .url(chain.request().url().newBuilder().scheme("http").host("127.0.0.1").port(port).build()).build())).build();
    return new NativePayService.Builder()
        .httpClient(new DefaultHttpClientBuilder().config(config).okHttpClient(ok).build()).build();
  }

  static Transaction query(NativePayService service, String outTradeNo) {
    QueryOrderByOutTradeNoRequest q = new QueryOrderByOutTradeNoRequest();
    q.setMchid(MERCHANT.mchid());
    q.setOutTradeNo(outTradeNo);
    return service.queryOrderByOutTradeNo(q);
  }

  static void scan(int port, String outTradeNo) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/sandbox/transactions/" + outTradeNo + "/scan"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"SUCCESS\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void twoSandboxesInOneJvmKeepTheirOwnLedgers() throws Exception {
    try (ConfigurableApplicationContext a = start(null); ConfigurableApplicationContext b = start(null)) {
      String no = "INPROC" + System.nanoTime();
      prepayOn(port(a), no);
      assertThat(query(client(port(a)), no).getTradeState()).isEqualTo(Transaction.TradeStateEnum.NOTPAY);
      assertThatThrownBy(() -> query(client(port(b)), no))
          .hasMessageContaining("ORDER_NOT_EXIST");
    }
  }

  @Test
  void theJournalBringsTheLedgerBackAfterARestart() throws Exception {
    String no = "JOURNAL" + System.nanoTime();
    String transactionId;
    try (ConfigurableApplicationContext first = start(journal)) {
      prepayOn(port(first), no);
      scan(port(first), no);
      transactionId = query(client(port(first)), no).getTransactionId();
    }
    assertThat(Files.readAllLines(journal.resolve(LedgerJournal.FILE_NAME))).hasSizeGreaterThanOrEqualTo(2);

    try (ConfigurableApplicationContext second = start(journal)) {
      Transaction t = query(client(port(second)), no);
      assertThat(t.getTradeState()).isEqualTo(Transaction.TradeStateEnum.SUCCESS);
      assertThat(t.getTransactionId()).isEqualTo(transactionId);
      assertThat(t.getAmount().getTotal()).isEqualTo(4200);
    }
  }

  static void prepayOn(int port, String outTradeNo) {
    PrepayRequest request = new PrepayRequest();
    request.setAppid(MERCHANT.appid());
    request.setMchid(MERCHANT.mchid());
    request.setDescription("journaled");
    request.setOutTradeNo(outTradeNo);
    request.setNotifyUrl("http://127.0.0.1:9/notify");
    Amount amount = new Amount();
    amount.setTotal(4200);
    request.setAmount(amount);
    assertThat(client(port).prepay(request).getCodeUrl()).startsWith("weixin://");
  }
}
