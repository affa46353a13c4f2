package io.cloudtrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.bssopenapi20171214.Client;
import com.aliyun.bssopenapi20171214.models.CreateInstanceRequest;
import com.aliyun.bssopenapi20171214.models.CreateInstanceResponseBody;
import com.aliyun.bssopenapi20171214.models.DescribePricingModuleRequest;
import com.aliyun.bssopenapi20171214.models.GetSubscriptionPriceRequest;
import com.aliyun.bssopenapi20171214.models.QueryProductListRequest;
import com.aliyun.bssopenapi20171214.models.GetOrderDetailRequest;
import com.aliyun.bssopenapi20171214.models.QueryAvailableInstancesRequest;
import com.aliyun.bssopenapi20171214.models.QueryAvailableInstancesResponseBody;
import com.aliyun.bssopenapi20171214.models.QueryOrdersRequest;
import com.aliyun.bssopenapi20171214.models.RenewInstanceRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.ExtendsParameters;
import com.aliyun.teautil.models.RuntimeOptions;
import io.cloudtrade.catalog.api.CatalogAdminService;
import io.cloudtrade.catalog.api.CatalogVersionView;
import io.cloudtrade.catalog.api.ProductDefinition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole platform, started as the launcher starts it, driven by Alibaba Cloud's official BSS
 * OpenAPI SDK with only its endpoint changed: a purchase crosses the gateway, the identity, catalog,
 * order and payment services over Dubbo, the broker, instance lifecycle and the sample control plane.
 */
class PurchaseThroughOpenApiIT {
  static Platform platform;
  static Client customer;

  @BeforeAll
  static void start() throws Exception {
    Path data = Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"), "launcher-" + ProcessHandle.current().pid());
    platform = Platform.start(LauncherOptions.parse("--data-dir=" + data, "--fresh", "--random-ports", "--port=0"));
    customer = client(DemoData.CUSTOMER_ACCESS_KEY, DemoData.CUSTOMER_SECRET);
  }

  @AfterAll
  static void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  static Client client(String accessKey, String secret) throws Exception {
    Config config = new Config().setAccessKeyId(accessKey).setAccessKeySecret(secret)
        .setEndpoint("127.0.0.1:" + platform.gatewayPort()).setProtocol("HTTP");
    return new Client(config);
  }

  static CreateInstanceRequest buyEcs(String token) {
    return new CreateInstanceRequest().setProductCode("ecs").setSubscriptionType("Subscription").setPeriod(1)
        .setClientToken(token);
  }

  @Test
  void theOfficialSdkBuysAnEcsInstanceThatBecomesNormal() throws Exception {
    BigDecimal before = new BigDecimal(customer.queryAccountBalance().getBody().getData().getAvailableAmount());
    String token = UUID.randomUUID().toString();
    CreateInstanceResponseBody bought = customer.createInstance(buyEcs(token)).getBody();
    assertThat(bought.getSuccess()).isTrue();
    assertThat(bought.getCode()).isEqualTo("Success");
    assertThat(bought.getRequestId()).isNotBlank();
    String instanceId = bought.getData().getInstanceId();
    String orderId = bought.getData().getOrderId();
    assertThat(instanceId).startsWith("i-");

    QueryAvailableInstancesResponseBody.QueryAvailableInstancesResponseBodyDataInstanceList instance = null;
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      var list = customer.queryAvailableInstances(new QueryAvailableInstancesRequest().setInstanceIDs(instanceId))
          .getBody().getData().getInstanceList();
      instance = list.isEmpty() ? null : list.get(0);
      if (instance != null && "Normal".equals(instance.getStatus())) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(instance).isNotNull();
    assertThat(instance.getStatus()).isEqualTo("Normal");
    assertThat(instance.getProductCode()).isEqualTo("ecs");
    assertThat(instance.getOwnerId()).isEqualTo(DemoData.CUSTOMER_ID);
    assertThat(instance.getEndTime()).isNotBlank();

    var order = customer.getOrderDetail(new GetOrderDetailRequest().setOrderId(orderId)).getBody().getData().getOrderList().getOrder().get(0);
    assertThat(order.getPaymentStatus()).isEqualTo("Paid");
    assertThat(order.getInstanceIDs()).isEqualTo(instanceId);
    BigDecimal paid = new BigDecimal(order.getPretaxAmount());
    assertThat(paid).isPositive();
    BigDecimal after = new BigDecimal(customer.queryAccountBalance().getBody().getData().getAvailableAmount());
    assertThat(after).isEqualByComparingTo(before.subtract(paid));

    var orders = customer.queryOrders(new QueryOrdersRequest().setPageSize(100)).getBody().getData().getOrderList().getOrder();
    assertThat(orders).anyMatch(o -> o.getOrderId().equals(orderId));
  }

  @Test
  void theSameClientTokenReturnsTheFirstResultAndOtherParametersAreRefused() throws Exception {
    String token = UUID.randomUUID().toString();
    var first = customer.createInstance(buyEcs(token)).getBody().getData();
    var again = customer.createInstance(buyEcs(token)).getBody().getData();
    assertThat(again.getOrderId()).isEqualTo(first.getOrderId());
    assertThat(again.getInstanceId()).isEqualTo(first.getInstanceId());
    assertThatThrownBy(() -> customer.createInstance(buyEcs(token).setPeriod(2)))
        .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("IdempotentParameterMismatch"));
  }

  @Test
  void fiftyConcurrentCreateInstanceCallsWithOneClientTokenMakeOneOrderAndOneInstance() throws Exception {
    String token = UUID.randomUUID().toString();
    long ordersBefore = orderCount();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(50);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    try {
      List<java.util.concurrent.Future<CreateInstanceResponseBody.CreateInstanceResponseBodyData>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 50; i++) {
        Client own = client(DemoData.CUSTOMER_ACCESS_KEY, DemoData.CUSTOMER_SECRET);
        answers.add(pool.submit(() -> {
          start.await();
          return own.createInstance(buyEcs(token)).getBody().getData();
        }));
      }
      start.countDown();
      java.util.Set<String> orderIds = new java.util.HashSet<>();
      java.util.Set<String> instanceIds = new java.util.HashSet<>();
      for (var a : answers) {
        var data = a.get(120, java.util.concurrent.TimeUnit.SECONDS);
        orderIds.add(data.getOrderId());
        instanceIds.add(data.getInstanceId());
      }
      assertThat(orderIds).hasSize(1);
      assertThat(instanceIds).hasSize(1);
      assertThat(orderCount()).isEqualTo(ordersBefore + 1);
      String instanceId = instanceIds.iterator().next();
      assertThat(awaitInstance(instanceId, i -> "Normal".equals(i.getStatus())).getInstanceID()).isEqualTo(instanceId);
      assertThat(customer.queryAvailableInstances(new QueryAvailableInstancesRequest().setInstanceIDs(instanceId))
          .getBody().getData().getTotalCount()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void badCredentialsDatesAndNoncesAreRefusedAndChangeNothing() throws Exception {
    long ordersBefore = orderCount();
    assertThatThrownBy(() -> client(DemoData.CUSTOMER_ACCESS_KEY, "not-the-secret").createInstance(buyEcs(UUID.randomUUID().toString())))
        .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("SignatureDoesNotMatch"));
    assertThatThrownBy(() -> client("LTAI5tNoSuchKey00001", "whatever-secret").createInstance(buyEcs(UUID.randomUUID().toString())))
        .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("InvalidAccessKeyId.NotFound"));

    RuntimeOptions stale = runtime(Map.of("x-acs-date", java.time.Instant.now().minusSeconds(16 * 60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()));
    assertThatThrownBy(() -> customer.createInstanceWithOptions(buyEcs(UUID.randomUUID().toString()), stale))
        .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("InvalidTimeStamp.Expired"));

    RuntimeOptions fixedNonce = runtime(Map.of("x-acs-signature-nonce", "nonce-" + UUID.randomUUID()));
    customer.queryAccountBalanceWithOptions(fixedNonce);
    assertThatThrownBy(() -> customer.createInstanceWithOptions(buyEcs(UUID.randomUUID().toString()), fixedNonce))
        .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("SignatureNonceUsed"));

    assertThatThrownBy(() -> customer.createInstance(buyEcs(UUID.randomUUID().toString()).setProductCode("no-such-product")))
        .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("InvalidProductCode.NotFound"));
    assertThat(orderCount()).isEqualTo(ordersBefore);
  }

  @Test
  void anInvalidConfigurationNamesEveryViolatedRule() throws Exception {
    var params = List.of(
        new CreateInstanceRequest.CreateInstanceRequestParameter().setCode("InstanceType").setValue("ecs.nope.huge"),
        new CreateInstanceRequest.CreateInstanceRequestParameter().setCode("NoSuchAttribute").setValue("1"));
    assertThatThrownBy(() -> customer.createInstance(buyEcs(UUID.randomUUID().toString()).setParameter(params)))
        .isInstanceOfSatisfying(TeaException.class, e -> {
          assertThat(e.getCode()).isEqualTo("InvalidConfiguration");
          assertThat(e.getMessage()).contains("InstanceType").contains("NoSuchAttribute");
        });
  }

  @Test
  void theCatalogIsBrowsableAndPricedThroughTheSdkAtTheSamePriceAnOrderPays() throws Exception {
    var products = customer.queryProductList(new QueryProductListRequest().setPageSize(50)).getBody().getData();
    assertThat(products.getProductList().getProduct()).extracting(p -> p.getProductCode()).contains("ecs", "rds");

    var modules = customer.describePricingModule(new DescribePricingModuleRequest().setProductCode("ecs")
        .setSubscriptionType("Subscription")).getBody().getData();
    var instanceType = modules.getAttributeList().getAttribute().stream().filter(a -> a.getCode().equals("InstanceType")).findFirst().orElseThrow();
    assertThat(instanceType.getValues().getAttributeValue()).extracting(v -> v.getValue()).contains("ecs.g7.large");
    assertThat(modules.getModuleList().getModule()).isNotEmpty();

    var price = customer.getSubscriptionPrice(new GetSubscriptionPriceRequest().setProductCode("ecs")
        .setSubscriptionType("Subscription").setOrderType("NewOrder").setServicePeriodQuantity(1).setServicePeriodUnit("Month")
        .setModuleList(List.of(new GetSubscriptionPriceRequest.GetSubscriptionPriceRequestModuleList()
            .setModuleCode("InstanceType").setConfig("InstanceType:ecs.g7.xlarge")))).getBody().getData();
    assertThat(price.getCurrency()).isEqualTo("CNY");
    assertThat(price.getModuleDetails().getModuleDetail()).isNotEmpty();

    var params = List.of(new CreateInstanceRequest.CreateInstanceRequestParameter().setCode("InstanceType").setValue("ecs.g7.xlarge"));
    var bought = customer.createInstance(buyEcs(UUID.randomUUID().toString()).setParameter(params)).getBody().getData();
    var order = customer.getOrderDetail(new GetOrderDetailRequest().setOrderId(bought.getOrderId())).getBody().getData().getOrderList().getOrder().get(0);
    assertThat(new BigDecimal(order.getPretaxAmount())).isEqualByComparingTo(new BigDecimal(price.getTradePrice().toString()));
  }

  @Test
  void anInvalidConfigurationIsRefusedWithTheSameCodeWhetherPricedOrBought() {
    var bad = new GetSubscriptionPriceRequest().setProductCode("ecs").setSubscriptionType("Subscription")
        .setServicePeriodQuantity(1).setServicePeriodUnit("Month")
        .setModuleList(List.of(new GetSubscriptionPriceRequest.GetSubscriptionPriceRequestModuleList()
            .setModuleCode("InstanceType").setConfig("InstanceType:ecs.nope.huge,NoSuchAttribute:1")));
    assertThatThrownBy(() -> customer.getSubscriptionPrice(bad))
        .isInstanceOfSatisfying(TeaException.class, e -> {
          assertThat(e.getCode()).isEqualTo("InvalidConfiguration");
          assertThat(e.getMessage()).contains("InstanceType").contains("NoSuchAttribute");
        });
  }

  @Test
  void aPricePublishedLaterLeavesTheOrderAndItsRenewalAsAgreed() throws Exception {
    var bought = customer.createInstance(buyEcs(UUID.randomUUID().toString())).getBody().getData();
    BigDecimal paid = pretaxAmount(bought.getOrderId());
    BigDecimal renewalBefore = price(renewal(bought.getInstanceId()));
    BigDecimal newBefore = price(newPurchase());

    // an operator publishes a dearer ecs for a time a few seconds ahead: every instance type twice as much
    CatalogAdminService admin = platform.gatewayBean(CatalogAdminService.class);
    CatalogVersionView current = admin.listVersions("ecs").stream()
        .filter(v -> v.getStatus().equals("PUBLISHED") && !v.getEffectiveFrom().isAfter(Instant.now()))
        .max(Comparator.comparing(CatalogVersionView::getEffectiveFrom)).orElseThrow();
    ProductDefinition dearer = admin.describeVersion(current.getVersionId()).value().getDefinition();
    dearer.getPrices().stream().filter(p -> p.getAttributeCode().equals("InstanceType"))
        .forEach(p -> p.setMonthlyPrice(p.getMonthlyPrice().multiply(BigDecimal.valueOf(2))));
    long draft = admin.createDraft("ecs", dearer).value();
    admin.publish(draft, Instant.now().plusSeconds(5)).value();
    assertThat(price(newPurchase())).as("not in force yet").isEqualByComparingTo(newBefore);

    BigDecimal newAfter = newBefore;
    long deadline = System.currentTimeMillis() + 30_000;
    while (newAfter.compareTo(newBefore) <= 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
      newAfter = price(newPurchase());
    }
    assertThat(newAfter).isGreaterThan(newBefore);
    assertThat(price(renewal(bought.getInstanceId()))).isEqualByComparingTo(renewalBefore);
    assertThat(pretaxAmount(bought.getOrderId())).isEqualByComparingTo(paid);

    // and renewing it charges the agreed price and extends it by a calendar month
    Instant endBefore = Instant.parse(awaitInstance(bought.getInstanceId(), i -> "Normal".equals(i.getStatus())).getEndTime());
    var renewed = customer.renewInstance(new RenewInstanceRequest().setInstanceId(bought.getInstanceId()).setProductCode("ecs")
        .setRenewPeriod(1).setClientToken(UUID.randomUUID().toString())).getBody().getData();
    assertThat(pretaxAmount(renewed.getOrderId())).isEqualByComparingTo(renewalBefore);
    String endAfter = endBefore.atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant().toString();
    assertThat(awaitInstance(bought.getInstanceId(), i -> endAfter.equals(i.getEndTime())).getEndTime()).isEqualTo(endAfter);
  }

  private static QueryAvailableInstancesResponseBody.QueryAvailableInstancesResponseBodyDataInstanceList awaitInstance(
      String instanceId, java.util.function.Predicate<QueryAvailableInstancesResponseBody.QueryAvailableInstancesResponseBodyDataInstanceList> until)
      throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      var list = customer.queryAvailableInstances(new QueryAvailableInstancesRequest().setInstanceIDs(instanceId))
          .getBody().getData().getInstanceList();
      if (!list.isEmpty() && until.test(list.get(0))) {
        return list.get(0);
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("instance " + instanceId + " never reached the expected state: " + (list.isEmpty() ? "absent" : list.get(0).toMap()));
      }
      Thread.sleep(200);
    }
  }

  private static BigDecimal pretaxAmount(String orderId) throws Exception {
    return new BigDecimal(customer.getOrderDetail(new GetOrderDetailRequest().setOrderId(orderId)).getBody().getData()
        .getOrderList().getOrder().get(0).getPretaxAmount());
  }

  private static GetSubscriptionPriceRequest newPurchase() {
    return new GetSubscriptionPriceRequest().setProductCode("ecs").setSubscriptionType("Subscription").setOrderType("NewOrder")
        .setServicePeriodQuantity(1).setServicePeriodUnit("Month");
  }

  private static GetSubscriptionPriceRequest renewal(String instanceId) {
    return new GetSubscriptionPriceRequest().setProductCode("ecs").setSubscriptionType("Subscription").setOrderType("Renewal")
        .setInstanceId(instanceId).setServicePeriodQuantity(1).setServicePeriodUnit("Month");
  }

  private static BigDecimal price(GetSubscriptionPriceRequest request) throws Exception {
    return new BigDecimal(customer.getSubscriptionPrice(request).getBody().getData().getTradePrice().toString());
  }

  private static long orderCount() throws Exception {
    return customer.queryOrders(new QueryOrdersRequest()).getBody().getData().getTotalCount();
  }

  private static RuntimeOptions runtime(Map<String, String> headers) {
    RuntimeOptions r = new RuntimeOptions();
    r.extendsParameters = new ExtendsParameters().setHeaders(headers);
    return r;
  }
}
