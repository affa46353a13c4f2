package io.cloudtrade.reseller.testpeers;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.payment.api.AccountBalance;
import io.cloudtrade.payment.api.BalancePaymentRequest;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.DepositRequest;
import io.cloudtrade.payment.api.Payment;
import io.cloudtrade.payment.api.PaymentErrors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A stand-in for the payment service's balances, exported over Dubbo by a second application in the
 * test JVM (its own Spring context and Dubbo application), so that the reseller rules server reaches
 * it through ZooKeeper and TCP exactly as it reaches the real one.
 *
 * <p>Deliberately neither a {@code @Configuration} nor a {@code @SpringBootApplication}: it lives
 * under {@code io.cloudtrade.reseller}, which the server's own component scan covers, and must not
 * become part of the server's context.
 */
@EnableAutoConfiguration
@EnableDubbo(scanBasePackageClasses = StandInBalance.class)
public class StandInBalance {
  /** Starts the stand-in against the shared infrastructure; close the context to stop it. */
  public static ConfigurableApplicationContext start(Map<String, String> infrastructure) {
    Map<String, Object> props = new HashMap<>(infrastructure);
    props.put("cloudtrade.service.name", "reseller-it-stand-ins");
    props.put("cloudtrade.service.schema", "ct_reseller_stand_ins");
    props.put("spring.config.name", "reseller-it-stand-ins");
    props.put("spring.main.web-application-type", "none");
    props.put("spring.autoconfigure.exclude", "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration");
    // as arguments: default properties would rank below the platform's shared defaults
    String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(StandInBalance.class).run(args);
  }

  /**
   * Balances in memory that record deposits by reference: a repeated reference credits nothing (as
   * the real balance service promises). Every call is recorded too. A test may make it refuse
   * deposits to an account.
   */
  @DubboService
  public static class RecordingBalance implements BalanceService {
    /** What was credited, by reference: the first deposit of each reference. */
    public final Map<String, DepositRequest> credited = new ConcurrentHashMap<>();
    /** Every deposit request received, repeats included. */
    public final List<DepositRequest> calls = new CopyOnWriteArrayList<>();
    /** Accounts whose deposits are refused with {@link PaymentErrors#BALANCE_ACCOUNT_NOT_FOUND}. */
    public final Map<Long, Boolean> refused = new ConcurrentHashMap<>();

    @Override
    public Outcome<AccountBalance> deposit(DepositRequest r) {
      calls.add(r);
      if (refused.containsKey(r.getAccountId())) {
        return Outcome.rejected(PaymentErrors.BALANCE_ACCOUNT_NOT_FOUND, "no balance account " + r.getAccountId());
      }
      credited.putIfAbsent(r.getReference(), r);
      return Outcome.ok(new AccountBalance().setAccountId(r.getAccountId()));
    }

    /** The total credited to an account (each reference once). */
    public Money creditedTo(long accountId, String currency) {
      return credited.values().stream().filter(d -> d.getAccountId() == accountId).map(DepositRequest::getAmount)
          .reduce(Money.zero(currency), Money::plus);
    }

    /** How many deposit requests named this reference. */
    public long callsWith(String reference) {
      return calls.stream().filter(d -> reference.equals(d.getReference())).count();
    }

    @Override
    public Outcome<AccountBalance> openAccount(long accountId, String currency) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<Payment> payFromBalance(BalancePaymentRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<Payment> findPaymentOfOrder(long accountId, long orderId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<AccountBalance> queryBalance(long accountId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<Page<Payment>> listPayments(long accountId, PageRequest page) {
      throw new UnsupportedOperationException();
    }
  }
}
