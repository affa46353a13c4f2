package io.cloudtrade.testpeers;

import io.cloudtrade.catalog.api.CatalogErrors;
import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.catalog.api.ProductSummary;
import io.cloudtrade.catalog.api.ProductView;
import io.cloudtrade.catalog.api.Quote;
import io.cloudtrade.catalog.api.QuoteLine;
import io.cloudtrade.catalog.api.QuoteRequest;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.payment.api.AccountBalance;
import io.cloudtrade.payment.api.BalancePaymentRequest;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.DepositRequest;
import io.cloudtrade.payment.api.Payment;
import io.cloudtrade.payment.api.PaymentErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stand-ins for the catalog and the balance, exported over Dubbo by a second application in the
 * test JVM (its own Spring context and Dubbo application), so that the order server reaches them
 * through ZooKeeper and TCP exactly as it reaches the real services.
 */
@SpringBootApplication
@EnableDubbo(scanBasePackageClasses = StandIns.class)
public class StandIns {
  public static ConfigurableApplicationContext start(Map<String, String> infrastructure) {
    Map<String, Object> props = new HashMap<>(infrastructure);
    props.put("cloudtrade.service.name", "order-it-stand-ins");
    props.put("cloudtrade.service.schema", "ct_order_stand_ins");
    props.put("spring.config.name", "order-it-stand-ins");
    props.put("spring.main.web-application-type", "none");
    props.put("spring.autoconfigure.exclude",
        "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration");
    // as arguments: default properties would rank below the platform's shared defaults
    String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(StandIns.class).run(args);
  }

  /**
   * A catalog that sells only "vm", at 100.00 a month under version vm-1 and 150.00 under vm-2; the
   * version in force can be switched, as an operator's publishing would.
   */
  @DubboService
  public static class TwoVersionCatalog implements CatalogService {
    @Override
    public ArrayList<ProductSummary> listProducts() {
      return new ArrayList<>();
    }

    /** The version in force for quotes that are not pinned. */
    public volatile String currentVersion = "vm-1";
    /** The catalog version the last quote was pinned to, if any. */
    public volatile String lastPinnedVersion;

    @Override
    public Outcome<ProductView> describeProduct(String productCode) {
      if (!"vm".equals(productCode)) {
        return Outcome.rejected(CatalogErrors.PRODUCT_NOT_FOUND, productCode);
      }
      return Outcome.ok(new ProductView().setProductCode("vm").setCurrency("CNY").setRenewalPolicy("AGREED"));
    }

    @Override
    public Outcome<Quote> quote(QuoteRequest r) {
      if (!"vm".equals(r.getProductCode())) {
        return Outcome.rejected(CatalogErrors.PRODUCT_NOT_FOUND, "no product " + r.getProductCode());
      }
      lastPinnedVersion = r.getCatalogVersion();
      String version = r.getCatalogVersion() == null ? currentVersion : r.getCatalogVersion();
      Money price = Money.of("vm-1".equals(version) ? "100.00" : "150.00", "CNY").times(r.getPeriod());
      HashMap<String, String> config = new HashMap<>(Map.of("Region", "cn-hangzhou"));
      config.putAll(r.getConfig());
      return Outcome.ok(new Quote().setProductCode("vm").setProductType("vm")
          .setCatalogVersion(version)
          .setSubscriptionType(r.getSubscriptionType()).setPeriod(r.getPeriod()).setPeriodUnit(r.getPeriodUnit())
          .setConfig(config).setRegion("cn-hangzhou")
          .setLines(new ArrayList<>(List.of(new QuoteLine().setModuleCode("Base").setDescription(version + ": monthly price x months").setAmount(price))))
          .setListPrice(price).setDiscount(Money.zero("CNY")).setFinalAmount(price));
    }
  }

  /** A balance that holds 250.00 per account and pays each order once. */
  @DubboService
  public static class InMemoryBalance implements BalanceService {
    public final Map<Long, AtomicLong> cash = new ConcurrentHashMap<>();
    final Map<Long, Payment> paid = new ConcurrentHashMap<>();
    final AtomicLong debits = new AtomicLong();

    @Override
    public Outcome<AccountBalance> openAccount(long accountId, String currency) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<AccountBalance> deposit(DepositRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public synchronized Outcome<Payment> payFromBalance(BalancePaymentRequest r) {
      Payment before = paid.get(r.getOrderId());
      if (before != null) {
        return Outcome.ok(before);
      }
      AtomicLong c = cash.computeIfAbsent(r.getAccountId(), a -> new AtomicLong(25_000));
      if (c.get() < r.getAmount().minor()) {
        return Outcome.rejected(PaymentErrors.INSUFFICIENT_BALANCE, "not enough");
      }
      c.addAndGet(-r.getAmount().minor());
      debits.incrementAndGet();
      Payment p = new Payment().setOrderId(r.getOrderId()).setAccountId(r.getAccountId()).setAmount(r.getAmount()).setStatus("SUCCEEDED");
      paid.put(r.getOrderId(), p);
      return Outcome.ok(p);
    }

    @Override
    public Outcome<Payment> findPaymentOfOrder(long accountId, long orderId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<AccountBalance> queryBalance(long accountId) {
      throw new UnsupportedOperationException();
    }
  }

}
