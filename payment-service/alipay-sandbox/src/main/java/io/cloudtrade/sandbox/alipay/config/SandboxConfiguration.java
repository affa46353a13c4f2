package io.cloudtrade.sandbox.alipay.config;

import io.cloudtrade.sandbox.alipay.adapter.http.HttpNotifyTransport;
import io.cloudtrade.sandbox.alipay.application.Bills;
import io.cloudtrade.sandbox.alipay.application.NotifyDispatcher;
import io.cloudtrade.sandbox.alipay.application.NotifyPolicy;
import io.cloudtrade.sandbox.alipay.application.NotifyTransport;
import io.cloudtrade.sandbox.alipay.application.SimulatedBuyer;
import io.cloudtrade.sandbox.alipay.application.TradeMethods;
import io.cloudtrade.sandbox.alipay.application.TradeNumbers;
import io.cloudtrade.sandbox.alipay.domain.Ledger;
import io.cloudtrade.sandbox.alipay.domain.TradeJournal;
import io.cloudtrade.sandbox.alipay.persistence.JsonLinesTradeJournal;
import io.cloudtrade.sandbox.alipay.protocol.OpenApiGateway;
import io.cloudtrade.sandbox.alipay.protocol.OpenApiMethod;
import io.cloudtrade.sandbox.alipay.protocol.SandboxKeys;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.event.EventListener;

/** The sandbox's parts, wired explicitly; nothing static, so several sandboxes can share a JVM. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlipaySandboxProperties.class)
public class SandboxConfiguration {

  @Bean
  Clock alipaySandboxClock() {
    return Clock.systemUTC();
  }

  @Bean
  SandboxKeys sandboxKeys(AlipaySandboxProperties properties) {
    SandboxKeys keys = new SandboxKeys(properties.getPrivateKey());
    for (AlipaySandboxProperties.App app : properties.getApps()) {
      keys.registerApp(app.getAppId(), app.getPublicKey());
    }
    return keys;
  }

  /** Closed after the scheduler has stopped, so that no delivery writes to a closed journal. */
  @Bean(destroyMethod = "close")
  @DependsOn("alipaySandboxScheduler")
  TradeJournal tradeJournal(AlipaySandboxProperties properties) {
    return properties.getDataDir() == null ? TradeJournal.NONE : new JsonLinesTradeJournal(properties.getDataDir());
  }

  @Bean
  Ledger ledger(TradeJournal journal) {
    return new Ledger(journal);
  }

  /** Notify deliveries, their retries and the buyer's delayed payments. */
  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService alipaySandboxScheduler() {
    AtomicInteger n = new AtomicInteger();
    ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(4, r -> {
      Thread t = new Thread(r, "alipay-sandbox-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    scheduler.setRemoveOnCancelPolicy(true);
    return scheduler;
  }

  @Bean
  TradeNumbers tradeNumbers() {
    return new TradeNumbers();
  }

  @Bean
  NotifyTransport notifyTransport(AlipaySandboxProperties properties) {
    return new HttpNotifyTransport(properties.getNotify().getConnectTimeout(), properties.getNotify().getReadTimeout());
  }

  @Bean
  NotifyDispatcher notifyDispatcher(Ledger ledger, SandboxKeys keys, NotifyTransport transport,
      ScheduledExecutorService alipaySandboxScheduler, Clock clock, TradeNumbers numbers,
      AlipaySandboxProperties properties) {
    AlipaySandboxProperties.Notify notify = properties.getNotify();
    return new NotifyDispatcher(ledger, keys, transport, alipaySandboxScheduler, clock, numbers,
        notify.getRetrySchedule(), notify.isRefunds(), properties.getSellerId(), NotifyPolicy.of(notify.getPolicy()));
  }

  @Bean
  SimulatedBuyer simulatedBuyer(Ledger ledger, NotifyDispatcher notifier, ScheduledExecutorService alipaySandboxScheduler,
      Clock clock, AlipaySandboxProperties properties) {
    return new SimulatedBuyer(ledger, notifier, alipaySandboxScheduler, clock, properties.getBuyer().getUserId(),
        properties.getBuyer().getLogonId());
  }

  @Bean
  TradeMethods tradeMethods(Ledger ledger, SimulatedBuyer buyer, NotifyDispatcher notifier, TradeNumbers numbers,
      Clock clock, AlipaySandboxProperties properties) {
    return new TradeMethods(ledger, buyer, notifier, numbers, clock, properties.getQrCodeBase());
  }

  @Bean
  Bills bills(Ledger ledger, AlipaySandboxProperties properties) {
    return new Bills(ledger, properties.getPublicUrl());
  }

  @Bean
  OpenApiGateway openApiGateway(TradeMethods trades, Bills bills, SandboxKeys keys, Clock clock,
      AlipaySandboxProperties properties) {
    Map<String, OpenApiMethod> methods = new HashMap<>(trades.methods());
    methods.put("alipay.data.dataservice.bill.downloadurl.query", bills::downloadUrl);
    return new OpenApiGateway(methods, keys, clock, properties.getMaxClockSkew());
  }

  /** Resumes the pending notifies of a replayed ledger once the sandbox takes traffic. */
  @EventListener(ApplicationReadyEvent.class)
  public void resumePendingNotifies(ApplicationReadyEvent event) {
    event.getApplicationContext().getBean(NotifyDispatcher.class).resumePending();
  }
}
