package io.cloudtrade.testpeers;

import io.cloudtrade.catalog.api.CatalogErrors;
import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.catalog.api.ChangeQuote;
import io.cloudtrade.catalog.api.ChangeQuoteRequest;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * Stand-ins for the catalog, the balance and instance lifecycle's instances, exported over Dubbo by a second application in the
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
      HashMap<String, String> config = new HashMap<>(Map.of("Region", "cn-hangzhou"));
      config.putAll(r.getConfig());
      Money price = monthly(version, config).times(r.getPeriod());
      return Outcome.ok(new Quote().setProductCode("vm").setProductType("vm")
          .setCatalogVersion(version)
          .setSubscriptionType(r.getSubscriptionType()).setPeriod(r.getPeriod()).setPeriodUnit(r.getPeriodUnit())
          .setConfig(config).setRegion("cn-hangzhou")
          .setLines(new ArrayList<>(List.of(new QuoteLine().setModuleCode("Base").setDescription(version + ": monthly price x months").setAmount(price))))
          .setListPrice(price).setDiscount(Money.zero("CNY")).setFinalAmount(price));
    }

    /** 100.00 a month for a small vm under vm-1 (150.00 under vm-2); large costs twice, xlarge four times. */
    static Money monthly(String version, Map<String, String> config) {
      Money base = Money.of("vm-1".equals(version) ? "100.00" : "150.00", "CNY");
      return switch (config.getOrDefault("Size", "small")) {
        case "large" -> base.times(2);
        case "xlarge" -> base.times(4);
        default -> base;
      };
    }

    /**
     * Changes priced as if made at the very start of the period (the full difference; refunds give
     * back everything paid): the proration itself is the catalog's, tested there and end to end.
     */
    @Override
    public Outcome<ChangeQuote> quoteChange(ChangeQuoteRequest r) {
      if ("Refund".equals(r.getChangeType())) {
        return Outcome.ok(new ChangeQuote().setChangeType("Refund").setCatalogVersion(currentVersion)
            .setAmount(r.getPaid()).setRefund(true).setFormula("paid"));
      }
      String version = r.getCatalogVersion() == null ? currentVersion : r.getCatalogVersion();
      Money before = monthly(version, r.getOldConfig());
      Money after = monthly(version, r.getNewConfig());
      boolean down = "Downgrade".equals(r.getChangeType());
      if (down ? !after.minus(before).isNegative() || after.equals(before) : !before.minus(after).isNegative()) {
        return Outcome.rejected(CatalogErrors.INVALID_CHANGE, r.getChangeType() + " from " + before + " to " + after);
      }
      return Outcome.ok(new ChangeQuote().setChangeType(r.getChangeType()).setCatalogVersion(version)
          .setNewConfig(new HashMap<>(r.getNewConfig())).setOldPrice(before).setNewPrice(after)
          .setAmount(down ? before.minus(after) : after.minus(before)).setRefund(down).setFormula("difference"));
    }
  }

  /** Instances as a test puts them; the order server reads them over Dubbo as it reads lifecycle's. */
  @DubboService
  public static class StandInInstances implements InstanceService {
    public final Map<String, InstanceView> instances = new ConcurrentHashMap<>();

    /** Puts a running monthly subscription started now. */
    public InstanceView running(long accountId, String instanceId, String size) {
      Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      InstanceView v = new InstanceView().setInstanceId(instanceId).setAccountId(accountId).setProductCode("vm")
          .setSubscriptionType("Subscription").setStatus("Normal").setSpecVersion(1)
          .setSpec(new HashMap<>(Map.of("Region", "cn-hangzhou", "Size", size)))
          .setStartTime(start).setEndTime(start.atZone(ZoneOffset.UTC).plusMonths(1).toInstant());
      instances.put(instanceId, v);
      return v;
    }

    @Override
    public Outcome<Page<InstanceView>> queryInstances(InstanceQuery query) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<InstanceView> getInstance(long accountId, String instanceId) {
      InstanceView v = instances.get(instanceId);
      return v == null || v.getAccountId() != accountId
          ? Outcome.rejected(LifecycleErrors.INSTANCE_NOT_FOUND, instanceId)
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

    /** Deposits by reference: a repeated reference credits nothing. */
    public final Map<String, Money> deposits = new ConcurrentHashMap<>();

    @Override
    public synchronized Outcome<AccountBalance> deposit(DepositRequest r) {
      if (deposits.putIfAbsent(r.getReference(), r.getAmount()) == null) {
        cash.computeIfAbsent(r.getAccountId(), a -> new AtomicLong(25_000)).addAndGet(r.getAmount().minor());
      }
      return Outcome.ok(new AccountBalance().setAccountId(r.getAccountId()));
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
      Payment p = paid.get(orderId);
      return p == null ? Outcome.rejected(PaymentErrors.PAYMENT_NOT_FOUND, "no payment of " + orderId) : Outcome.ok(p);
    }

    @Override
    public Outcome<AccountBalance> queryBalance(long accountId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<io.cloudtrade.kernel.Page<Payment>> listPayments(long accountId, io.cloudtrade.kernel.PageRequest page) {
      throw new UnsupportedOperationException(); // the order service never lists payments
    }
  }


  /**
   * Reseller rules for the order server's tests: every account is a direct customer, except the
   * accounts given a plan in {@link #plans} (a reseller's customers, as the test decides); credit is a
   * per-customer limit in {@link #quota} with the reservations and releases recorded by reference.
   */
  @DubboService
  public static class StandInResellers implements io.cloudtrade.reseller.api.ResellerService {
    /** The plan template per customer account: payer, charge, earning, steps. */
    public final Map<Long, io.cloudtrade.reseller.api.OrderPlan> plans = new ConcurrentHashMap<>();
    public final Map<Long, AtomicLong> quota = new ConcurrentHashMap<>();
    /** minor units held per reservation reference */
    public final Map<String, Long> held = new ConcurrentHashMap<>();
    final java.util.Set<String> releases = ConcurrentHashMap.newKeySet();

    @Override
    public Outcome<io.cloudtrade.reseller.api.OrderPlan> planOrder(io.cloudtrade.reseller.api.OrderPlanRequest r) {
      io.cloudtrade.reseller.api.OrderPlan t = plans.get(r.getAccountId());
      Money q = r.getQuotedAmount();
      if (t == null) {
        return Outcome.ok(new io.cloudtrade.reseller.api.OrderPlan().setRuleVersion("direct").setSeller("CloudTrade")
            .setPayerAccountId(r.getAccountId()).setChargeAmount(q).setCustomerPrice(q).setResellerEarning(Money.zero(q.currency()))
            .setSteps(new ArrayList<>()).setExplanation(new ArrayList<>()));
      }
      return Outcome.ok(new io.cloudtrade.reseller.api.OrderPlan().setRuleVersion(t.getRuleVersion()).setBusinessModel(t.getBusinessModel())
          .setResellerId(t.getResellerId()).setSeller(t.getSeller()).setPayerAccountId(t.getPayerAccountId())
          .setChargeAmount(t.getChargeAmount()).setCustomerPrice(t.getCustomerPrice()).setResellerEarning(t.getResellerEarning())
          .setSteps(new ArrayList<>(t.getSteps())).setExplanation(new ArrayList<>()));
    }

    @Override
    public synchronized Outcome<Boolean> reserveCredit(io.cloudtrade.reseller.api.CreditRequest r) {
      if (held.containsKey(r.getReference())) {
        return Outcome.ok(true);
      }
      AtomicLong left = quota.get(r.getCustomerId());
      if (left != null && left.get() < r.getAmount().minor()) {
        return Outcome.rejected(io.cloudtrade.reseller.api.ResellerErrors.QUOTA_EXCEEDED, "quota left " + left.get());
      }
      if (left != null) {
        left.addAndGet(-r.getAmount().minor());
      }
      held.put(r.getReference(), r.getAmount().minor());
      return Outcome.ok(true);
    }

    @Override
    public synchronized Outcome<Boolean> releaseCredit(io.cloudtrade.reseller.api.CreditRequest r) {
      Long h = held.get(r.getReference());
      if (h == null || !releases.add(r.getReference() + "/" + r.getRelease())) {
        return Outcome.ok(true);
      }
      long back = Math.min(h, r.getAmount().minor());
      held.put(r.getReference(), h - back);
      AtomicLong left = quota.get(r.getCustomerId());
      if (left != null) {
        left.addAndGet(back);
      }
      return Outcome.ok(true);
    }

    @Override
    public Outcome<io.cloudtrade.reseller.api.BusinessModelView> defineBusinessModel(io.cloudtrade.reseller.api.BusinessModelDefinition d) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<ArrayList<io.cloudtrade.reseller.api.BusinessModelView>> listBusinessModels() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<io.cloudtrade.reseller.api.ResellerView> onboardReseller(io.cloudtrade.reseller.api.OnboardResellerRequest r) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<io.cloudtrade.reseller.api.RuleSetView> publishRules(long resellerId, io.cloudtrade.reseller.api.RuleSetDefinition rules) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<io.cloudtrade.reseller.api.ResellerView> getReseller(long resellerId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<io.cloudtrade.reseller.api.Caller> registerCustomer(long resellerId, io.cloudtrade.reseller.api.RegisterAccountRequest r) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<ArrayList<Long>> customerIds(long resellerId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<io.cloudtrade.reseller.api.Caller> customerOf(long resellerId, long customerId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<Boolean> setCustomerQuota(io.cloudtrade.reseller.api.QuotaRequest r) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<Money> availableQuota(long resellerId, long customerId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<Boolean> setCustomerStatus(io.cloudtrade.reseller.api.CustomerStatusRequest r) {
      throw new UnsupportedOperationException();
    }
  }
}
