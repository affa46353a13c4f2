package io.cloudtrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.bssopenapi20171214.Client;
import com.aliyun.bssopenapi20171214.models.CancelOrderRequest;
import com.aliyun.bssopenapi20171214.models.CreateInstanceRequest;
import com.aliyun.bssopenapi20171214.models.GetSubscriptionPriceRequest;
import com.aliyun.bssopenapi20171214.models.ReleaseInstanceRequest;
import com.aliyun.bssopenapi20171214.models.RenewChangeInstanceRequest;
import com.aliyun.bssopenapi20171214.models.SetRenewalRequest;
import com.aliyun.bssopenapi20171214.models.GetOrderDetailRequest;
import com.aliyun.bssopenapi20171214.models.ModifyInstanceRequest;
import com.aliyun.bssopenapi20171214.models.QueryAvailableInstancesRequest;
import com.aliyun.bssopenapi20171214.models.QueryOrdersRequest;
import com.aliyun.bssopenapi20171214.models.QueryResellerAvailableQuotaRequest;
import com.aliyun.bssopenapi20171214.models.RenewInstanceRequest;
import com.aliyun.bssopenapi20171214.models.SetResellerUserQuotaRequest;
import com.aliyun.bssopenapi20171214.models.SetResellerUserStatusRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.OrderDetail;
import io.cloudtrade.order.api.OrderService;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Resellers end to end, configured through the operators' API and selling through Alibaba Cloud's
 * official BSS SDK on a running platform: a new business model and a new reseller go live with no
 * code and no restart; each business model's order is checked for who paid what; and a reseller can
 * never act for another reseller's customer.
 */
class ResellersThroughOpenApiIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static Platform platform;

  @BeforeAll
  static void start() throws Exception {
    Path data = Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"), "resellers-" + ProcessHandle.current().pid());
    platform = Platform.start(LauncherOptions.parse("--data-dir=" + data, "--fresh", "--random-ports", "--port=0"));
  }

  @AfterAll
  static void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  /** A reseller onboarded through the API, with one customer, both with AccessKeys and a balance. */
  record Partner(long resellerId, Client reseller, long customerId, Client customer) {}

  @Test
  void aNewResellerWithANewBusinessModelSellsThroughConfigurationAloneAndTheTimeIsMeasured() throws Exception {
    long t0 = System.nanoTime();
    String model = "wholesale-" + unique();
    admin("POST", "/admin/api/business-models", Map.of("code", model, "name", "Wholesale with credit", "payer", "RESELLER",
        "customerPrice", "RESELLER", "earning", "NONE", "brand", "CLOUDTRADE",
        "steps", List.of("PRICE_ADJUSTMENT", "CREDIT_CHECK", "NOTIFY_RESELLER")));
    Partner p = onboard(model, Map.of("resellerCost", List.of(row("*", "-25")), "customerPrice", List.of(row("*", "5")),
        "products", List.of(row("ecs", "ALLOW"))));
    p.reseller().setResellerUserQuota(new SetResellerUserQuotaRequest().setOwnerId(p.customerId()).setAmount("5000.00")
        .setCurrency("CNY").setOutBizId("q-" + unique()));
    BigDecimal resellerBefore = balance(p.reseller());
    String orderId = p.reseller().createInstance(new CreateInstanceRequest().setOwnerId(p.customerId()).setProductCode("ecs")
        .setSubscriptionType("Subscription").setPeriod(1).setClientToken(UUID.randomUUID().toString())).getBody().getData().getOrderId();
    OrderDetail order = order(p.customerId(), orderId);
    String instanceId = order.getInstanceId();
    awaitInstance(p.customerId(), instanceId, i -> "Normal".equals(i.getStatus()));
    long millis = (System.nanoTime() - t0) / 1_000_000;

    BigDecimal quoted = quoted(order);
    BigDecimal cost = percent(quoted, "-25");
    assertThat(order.getAmount().toBigDecimal()).isEqualByComparingTo(cost);
    assertThat(order.getPayerAccountId()).isEqualTo(p.resellerId());
    assertThat(order.getCustomerPrice().toBigDecimal()).isEqualByComparingTo(percent(quoted, "5"));
    assertThat(order.getRuleVersion()).isEqualTo(p.resellerId() + "/v1");
    assertThat(balance(p.reseller())).isEqualByComparingTo(resellerBefore.subtract(cost));
    assertThat(balance(p.customer())).isEqualByComparingTo("5000.00");
    assertThat(new BigDecimal(p.reseller().queryResellerAvailableQuota(new QueryResellerAvailableQuotaRequest()
        .setOwnerId(p.customerId())).getBody().getData())).isEqualByComparingTo(new BigDecimal("5000.00").subtract(cost));
    // the customer sees its order through the reseller's own price list, not CloudTrade's
    assertThat(p.reseller().queryAvailableInstances(new QueryAvailableInstancesRequest().setOwnerId(p.customerId()))
        .getBody().getData().getInstanceList()).extracting(i -> i.getInstanceID()).contains(instanceId);

    Path results = Path.of(System.getProperty("cloudtrade.results.dir", "../benchmarks/results"), "reseller-onboarding.md");
    Files.createDirectories(results.getParent());
    Files.writeString(results, """
        # Onboarding a reseller with a new business model: configuration only

        Measured by `ResellersThroughOpenApiIT.aNewResellerWithANewBusinessModelSellsThroughConfigurationAloneAndTheTimeIsMeasured`
        (`./mvnw -q verify -pl launcher -Dit.test=ResellersThroughOpenApiIT -Dsurefire.skip=true`), on a platform started once
        by the launcher and never restarted: from the first operator call to the customer's instance running.

        | step | through |
        | --- | --- |
        | define business model `%s` (payer RESELLER, reseller's price, steps PRICE_ADJUSTMENT, CREDIT_CHECK, NOTIFY_RESELLER) | `POST /admin/api/business-models` |
        | onboard the reseller with its AccessKey and first rules (cost -25%%, customer price +5%%, ecs only) | `POST /admin/api/resellers` |
        | credit its balance, register its customer | `POST /admin/api/accounts/{id}/deposits`, `POST /admin/api/resellers/{id}/customers` |
        | the reseller sets the customer's quota and buys an ecs for it | official SDK: SetResellerUserQuota, CreateInstance with OwnerId |
        | the instance runs (sample control plane) | |

        Total: **%d ms** (%s, measured %s). No code change, no restart.
        """.formatted(model, millis, System.getProperty("os.name") + " " + Runtime.getRuntime().availableProcessors() + " CPUs",
        Instant.now()));
  }

  @Test
  void resaleTheResellerPaysItsCostAndTheCustomerNothing() throws Exception {
    Partner p = onboard("resale", Map.of("resellerCost", List.of(row("*", "-20")), "customerPrice", List.of(row("*", "10"))));
    BigDecimal resellerBefore = balance(p.reseller());
    OrderDetail order = buyAsCustomer(p);
    BigDecimal quoted = quoted(order);
    assertThat(order.getAmount().toBigDecimal()).isEqualByComparingTo(percent(quoted, "-20"));
    assertThat(order.getCustomerPrice().toBigDecimal()).isEqualByComparingTo(percent(quoted, "10"));
    assertThat(balance(p.reseller())).isEqualByComparingTo(resellerBefore.subtract(percent(quoted, "-20")));
    assertThat(balance(p.customer())).isEqualByComparingTo("5000.00");
  }

  @Test
  void referralTheCustomerPaysTheListPriceAndTheResellerEarnsItsCommission() throws Exception {
    Partner p = onboard("referral", Map.of("commission", List.of(row("*", "8"))));
    BigDecimal resellerBefore = balance(p.reseller());
    OrderDetail order = buyAsCustomer(p);
    BigDecimal quoted = quoted(order);
    BigDecimal commission = quoted.multiply(new BigDecimal("0.08")).setScale(2, RoundingMode.HALF_DOWN);
    assertThat(order.getAmount().toBigDecimal()).isEqualByComparingTo(quoted);
    assertThat(order.getPayerAccountId()).isNull();
    assertThat(order.getResellerEarning().toBigDecimal()).isEqualByComparingTo(commission);
    assertThat(balance(p.customer())).isEqualByComparingTo(new BigDecimal("5000.00").subtract(quoted));
    awaitBalance(p.reseller(), resellerBefore.add(commission));
  }

  @Test
  void whiteLabelTheCustomerPaysTheResellersPriceAndTheResellerEarnsTheMargin() throws Exception {
    Partner p = onboard("white-label", Map.of("resellerCost", List.of(row("*", "-20")), "customerPrice", List.of(row("*", "10"))));
    BigDecimal resellerBefore = balance(p.reseller());
    OrderDetail order = buyAsCustomer(p);
    BigDecimal quoted = quoted(order);
    BigDecimal price = percent(quoted, "10");
    BigDecimal margin = price.subtract(percent(quoted, "-20"));
    assertThat(order.getAmount().toBigDecimal()).isEqualByComparingTo(price);
    assertThat(order.getSeller()).startsWith("Partner ");
    assertThat(balance(p.customer())).isEqualByComparingTo(new BigDecimal("5000.00").subtract(price));
    awaitBalance(p.reseller(), resellerBefore.add(margin));
  }

  @Test
  void aResellerCanNeverActForAnotherResellersCustomer() throws Exception {
    Partner a = onboard("referral", Map.of("commission", List.of(row("*", "8"))));
    Partner b = onboard("referral", Map.of("commission", List.of(row("*", "8"))));
    OrderDetail bOrder = buyAsCustomer(b);
    awaitInstance(b.customerId(), bOrder.getInstanceId(), i -> "Normal".equals(i.getStatus()));
    long stranger = b.customerId();
    long nobody = 1_999_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000);
    for (long other : new long[] {stranger, nobody, b.resellerId(), DemoData.CUSTOMER_ID}) {
      List<ThrowingCallable> actions = List.of(
          () -> a.reseller().createInstance(new CreateInstanceRequest().setOwnerId(other).setProductCode("ecs")
              .setSubscriptionType("Subscription").setPeriod(1).setClientToken(UUID.randomUUID().toString())),
          () -> a.reseller().renewInstance(new RenewInstanceRequest().setOwnerId(other).setProductCode("ecs")
              .setInstanceId(bOrder.getInstanceId()).setRenewPeriod(1).setClientToken(UUID.randomUUID().toString())),
          () -> a.reseller().modifyInstance(new ModifyInstanceRequest().setOwnerId(other).setProductCode("ecs")
              .setSubscriptionType("Subscription").setInstanceId(bOrder.getInstanceId()).setModifyType("Upgrade")
              .setClientToken(UUID.randomUUID().toString()).setParameter(List.of(new ModifyInstanceRequest.ModifyInstanceRequestParameter()
                  .setCode("InstanceType").setValue("ecs.g7.xlarge")))),
          () -> a.reseller().queryAvailableInstances(new QueryAvailableInstancesRequest().setOwnerId(other)),
          () -> a.reseller().queryOrders(new QueryOrdersRequest().setOwnerId(other)),
          () -> a.reseller().getOrderDetail(new GetOrderDetailRequest().setOwnerId(other).setOrderId(Long.toString(bOrder.getOrderId()))),
          () -> a.reseller().setResellerUserQuota(new SetResellerUserQuotaRequest().setOwnerId(other).setAmount("1.00")
              .setCurrency("CNY").setOutBizId("x-" + unique())),
          () -> a.reseller().queryResellerAvailableQuota(new QueryResellerAvailableQuotaRequest().setOwnerId(other)),
          () -> a.reseller().setResellerUserStatus(new SetResellerUserStatusRequest().setOwnerId(Long.toString(other))
              .setBusinessType("FREEZE").setStatus("Freeze")),
          () -> a.reseller().cancelOrder(new CancelOrderRequest().setOwnerId(other).setOrderId(Long.toString(bOrder.getOrderId()))),
          () -> a.reseller().setRenewal(new SetRenewalRequest().setOwnerId(other).setProductCode("ecs")
              .setSubscriptionType("Subscription").setInstanceIDs(bOrder.getInstanceId()).setRenewalStatus("AutoRenewal")
              .setRenewalPeriod(1).setRenewalPeriodUnit("M")),
          () -> a.reseller().releaseInstance(new ReleaseInstanceRequest().setOwnerId(other).setProductCode("ecs")
              .setInstanceIds(bOrder.getInstanceId())),
          () -> a.reseller().renewChangeInstance(new RenewChangeInstanceRequest().setOwnerId(other).setProductCode("ecs")
              .setInstanceId(bOrder.getInstanceId()).setRenewPeriod(1L).setClientToken(UUID.randomUUID().toString())),
          () -> a.reseller().getSubscriptionPrice(new GetSubscriptionPriceRequest().setOwnerId(other).setProductCode("ecs")
              .setSubscriptionType("Subscription").setOrderType("Renewal").setInstanceId(bOrder.getInstanceId())
              .setServicePeriodQuantity(1).setServicePeriodUnit("Month")));
      for (ThrowingCallable action : actions) {
        assertThatThrownBy(action).as("acting for %d", other).isInstanceOfSatisfying(TeaException.class,
            e -> assertThat(e.getCode()).isEqualTo("Forbidden.OwnerId"));
      }
    }
    // the other reseller's customer has still its one order, and its instance its first specification
    assertThat(b.customer().queryOrders(new QueryOrdersRequest()).getBody().getData().getTotalCount()).isEqualTo(1);
    assertThat(awaitInstance(b.customerId(), bOrder.getInstanceId(), i -> true).getSpecVersion()).isEqualTo(1);
    assertThat(a.reseller().getCustomerList().getBody().getData().getUidList()).containsExactly(Long.toString(a.customerId()));
    // a customer cannot act for anyone either, not even for another customer of its own reseller
    assertThatThrownBy(() -> a.customer().queryOrders(new QueryOrdersRequest().setOwnerId(a.resellerId())))
        .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("Forbidden.OwnerId"));
  }

  @Test
  void aFrozenCustomerCannotBuyUntilItsResellerThawsIt() throws Exception {
    Partner p = onboard("referral", Map.of("commission", List.of(row("*", "8"))));
    p.reseller().setResellerUserStatus(new SetResellerUserStatusRequest().setOwnerId(Long.toString(p.customerId()))
        .setBusinessType("FREEZE").setStatus("Freeze"));
    assertThatThrownBy(() -> p.reseller().createInstance(new CreateInstanceRequest().setOwnerId(p.customerId()).setProductCode("ecs")
        .setSubscriptionType("Subscription").setPeriod(1).setClientToken(UUID.randomUUID().toString())))
        .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("Account.Frozen"));
    assertThatThrownBy(() -> balance(p.customer())).isInstanceOfSatisfying(TeaException.class,
        e -> assertThat(e.getCode()).isEqualTo("Account.Frozen"));
    p.reseller().setResellerUserStatus(new SetResellerUserStatusRequest().setOwnerId(Long.toString(p.customerId()))
        .setBusinessType("FREEZE").setStatus("Thaw"));
    assertThat(buyAsCustomer(p).getStatus()).isIn("Paid", "Delivering", "Delivered");
  }

  // ---------------------------------------------------------------------------------------------

  static Map<String, Object> row(String product, String value) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("product", product);
    r.put("value", value);
    return r;
  }

  /**
   * Onboards a reseller under {@code model} with {@code tables} as its rules, credits it 100,000.00,
   * registers one customer with 5,000.00: all through the operators' API.
   */
  static Partner onboard(String model, Map<String, Object> tables) throws Exception {
    String u = unique();
    Map<String, Object> rules = new LinkedHashMap<>(tables);
    rules.put("businessModel", model);
    rules.put("currency", "CNY");
    String resellerKey = "LTAI5tPartner" + u;
    String resellerSecret = "PartnerSecret" + u;
    JsonNode reseller = admin("POST", "/admin/api/resellers", Map.of(
        "account", Map.of("name", "Partner " + u, "loginName", "partner-" + u, "password", "Partner#" + u,
            "accessKeyId", resellerKey, "accessKeySecret", resellerSecret),
        "rules", rules));
    long resellerId = reseller.get("resellerId").asLong();
    admin("POST", "/admin/api/accounts/" + resellerId + "/deposits", Map.of("amount", "100000.00", "currency", "CNY", "reference", "seed-" + u));
    String customerKey = "LTAI5tPartnerCust" + u;
    String customerSecret = "PartnerCustomerSecret" + u;
    JsonNode customer = admin("POST", "/admin/api/resellers/" + resellerId + "/customers", Map.of(
        "name", "Customer of " + u, "loginName", "partner-customer-" + u, "password", "Customer#" + u,
        "accessKeyId", customerKey, "accessKeySecret", customerSecret));
    long customerId = customer.get("accountId").asLong();
    admin("POST", "/admin/api/accounts/" + customerId + "/deposits", Map.of("amount", "5000.00", "currency", "CNY", "reference", "seed-" + u));
    return new Partner(resellerId, client(resellerKey, resellerSecret), customerId, client(customerKey, customerSecret));
  }

  /** The customer buys an ecs for a month with its own AccessKey; the order once it is paid. */
  static OrderDetail buyAsCustomer(Partner p) throws Exception {
    String orderId = p.customer().createInstance(new CreateInstanceRequest().setProductCode("ecs").setSubscriptionType("Subscription")
        .setPeriod(1).setClientToken(UUID.randomUUID().toString())).getBody().getData().getOrderId();
    return order(p.customerId(), orderId);
  }

  static OrderDetail order(long accountId, String orderId) {
    return platform.gatewayBean(OrderService.class).getOrder(accountId, Long.parseLong(orderId)).value();
  }

  /** CloudTrade's price for the order: list price less the catalog's discounts. */
  static BigDecimal quoted(OrderDetail order) {
    return order.getListPrice().toBigDecimal().subtract(order.getDiscount().toBigDecimal());
  }

  static BigDecimal percent(BigDecimal amount, String percent) {
    return amount.multiply(new BigDecimal(100).add(new BigDecimal(percent))).divide(new BigDecimal(100), 2, RoundingMode.HALF_UP);
  }

  static Client client(String key, String secret) throws Exception {
    return new Client(new Config().setAccessKeyId(key).setAccessKeySecret(secret)
        .setEndpoint("127.0.0.1:" + platform.gatewayPort()).setProtocol("HTTP"));
  }

  static BigDecimal balance(Client c) throws Exception {
    return new BigDecimal(c.queryAccountBalance().getBody().getData().getAvailableAmount());
  }

  static void awaitBalance(Client c, BigDecimal expected) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    BigDecimal now = balance(c);
    while (now.compareTo(expected) != 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
      now = balance(c);
    }
    assertThat(now).isEqualByComparingTo(expected);
  }

  static InstanceView awaitInstance(long accountId, String instanceId, Predicate<InstanceView> done) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    InstanceView v = null;
    while (System.currentTimeMillis() < deadline) {
      var found = platform.gatewayBean(InstanceService.class).getInstance(accountId, instanceId);
      v = found.isOk() ? found.value() : null;
      if (v != null && done.test(v)) {
        return v;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("instance " + instanceId + " did not get there in 60 s: " + v);
  }

  static JsonNode admin(String method, String path, Object body) throws IOException, InterruptedException {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.gatewayPort() + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("operator:Operator#2026".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json");
    r.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    HttpResponse<String> answer = HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as("%s %s: %s", method, path, answer.body()).isBetween(200, 299);
    return JSON.readTree(answer.body());
  }

  static String unique() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
  }
}
