package io.cloudtrade.sandbox.wechatpay.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudtrade.sandbox.wechatpay.adapter.web.V3SignatureFilter;
import io.cloudtrade.sandbox.wechatpay.application.BillDownloads;
import io.cloudtrade.sandbox.wechatpay.application.BillReport;
import io.cloudtrade.sandbox.wechatpay.application.Micropay;
import io.cloudtrade.sandbox.wechatpay.application.NativePay;
import io.cloudtrade.sandbox.wechatpay.application.Notifier;
import io.cloudtrade.sandbox.wechatpay.application.Payer;
import io.cloudtrade.sandbox.wechatpay.application.Refunds;
import io.cloudtrade.sandbox.wechatpay.domain.AuthCodeBook;
import io.cloudtrade.sandbox.wechatpay.domain.Ledger;
import io.cloudtrade.sandbox.wechatpay.domain.LedgerListener;
import io.cloudtrade.sandbox.wechatpay.domain.Merchant;
import io.cloudtrade.sandbox.wechatpay.domain.Merchants;
import io.cloudtrade.sandbox.wechatpay.persistence.LedgerJournal;
import io.cloudtrade.sandbox.wechatpay.protocol.Keys;
import io.cloudtrade.sandbox.wechatpay.protocol.PlatformKeys;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the sandbox: keys, merchants, ledger (journaled if asked), use cases, and the v3 signature filter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WechatPaySandboxProperties.class)
public class SandboxConfiguration {
  private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

  @Bean
  Clock sandboxClock() {
    return Clock.systemUTC();
  }

  @Bean
  PlatformKeys platformKeys(WechatPaySandboxProperties p, Clock clock) {
    PlatformKeys keys = PlatformKeys.create(p.getPlatformPrivateKey(), p.getPlatformKeySerial(), clock.instant());
    log.info("WeChat Pay sandbox platform key {} (certificate {}){}", keys.publicKeyId(), keys.certificateSerial(),
        p.getPlatformPrivateKey() == null || p.getPlatformPrivateKey().isBlank()
            ? ", generated: merchants get it from GET /sandbox/platform-public-key" : "");
    return keys;
  }

  @Bean
  Merchants merchants(WechatPaySandboxProperties p) {
    List<Merchant> merchants = p.getMerchants().stream().map(SandboxConfiguration::merchant).toList();
    log.info("WeChat Pay sandbox merchants: {}", merchants);
    return new Merchants(merchants);
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(prefix = "cloudtrade.sandbox.wechatpay", name = "journal-dir")
  LedgerJournal ledgerJournal(WechatPaySandboxProperties p, ObjectMapper json) {
    return new LedgerJournal(Path.of(p.getJournalDir()), json);
  }

  @Bean
  Ledger ledger(ObjectProvider<LedgerJournal> journal) {
    LedgerJournal j = journal.getIfAvailable();
    Ledger ledger = new Ledger(j == null ? LedgerListener.NONE : j);
    if (j != null) {
      j.replayInto(ledger);
    }
    return ledger;
  }

  @Bean
  AuthCodeBook authCodeBook() {
    return new AuthCodeBook();
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService sandboxScheduler() {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads = r -> {
      Thread t = new Thread(r, "wechatpay-sandbox-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    return Executors.newScheduledThreadPool(4, threads);
  }

  @Bean
  Notifier notifier(PlatformKeys keys, Merchants merchants, Clock clock, ObjectMapper json,
      ScheduledExecutorService sandboxScheduler, WechatPaySandboxProperties p) {
    return new Notifier(keys, merchants, clock, json, sandboxScheduler, p.getNotifyRetrySchedule(),
        p.getNotifyTimeout(), p.getNotifyPolicy().toPolicy());
  }

  @Bean
  NativePay nativePay(Ledger ledger, Clock clock) {
    return new NativePay(ledger, clock);
  }

  @Bean
  Payer payer(Ledger ledger, Clock clock, Notifier notifier) {
    return new Payer(ledger, clock, notifier);
  }

  @Bean
  Refunds refunds(Ledger ledger, Clock clock, Notifier notifier, ScheduledExecutorService sandboxScheduler,
      WechatPaySandboxProperties p) {
    return new Refunds(ledger, clock, notifier, sandboxScheduler, p.getRefundProcessingTime());
  }

  @Bean
  Micropay micropay(Ledger ledger, Clock clock, AuthCodeBook authCodes, ScheduledExecutorService sandboxScheduler) {
    return new Micropay(ledger, clock, authCodes, sandboxScheduler);
  }

  @Bean
  BillReport billReport(Ledger ledger) {
    return new BillReport(ledger);
  }

  @Bean
  BillDownloads billDownloads(BillReport report, Clock clock) {
    return new BillDownloads(report, clock);
  }

  @Bean
  FilterRegistrationBean<V3SignatureFilter> v3SignatureFilter(Merchants merchants, PlatformKeys keys, Clock clock,
      ObjectMapper json, WechatPaySandboxProperties p) {
    FilterRegistrationBean<V3SignatureFilter> r =
        new FilterRegistrationBean<>(new V3SignatureFilter(merchants, keys, clock, json, p.getMaxClockSkew()));
    r.addUrlPatterns("/v3/*");
    return r;
  }

  private static Merchant merchant(WechatPaySandboxProperties.MerchantProperties m) {
    if (m.getPublicKey() == null || m.getPublicKey().isBlank()) {
      throw new IllegalArgumentException("merchant " + m.getMchid() + ": public-key is required");
    }
    return new Merchant(m.getMchid(), m.getAppid(), m.getApiV3Key(), m.getApiV2Key(), m.getCertificateSerial(),
        Keys.publicKey(m.getPublicKey()), m.getPlatformKeyMode());
  }
}
