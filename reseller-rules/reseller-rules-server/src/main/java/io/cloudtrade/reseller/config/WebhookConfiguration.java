package io.cloudtrade.reseller.config;

import io.cloudtrade.reseller.domain.WebhookBackoff;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Webhooks to resellers: the settings under {@code cloudtrade.reseller.webhook.*} (see
 * reseller-rules-server.yml), and scheduling for the poller that sends them ({@code
 * io.cloudtrade.reseller.application.DeliverWebhooks}, every {@code poll-interval}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class WebhookConfiguration {
  /**
   * How deliveries are made.
   *
   * @param connectTimeout how long a connection to the receiver may take
   * @param requestTimeout how long the receiver may take to answer, once connected
   * @param lease how long a claimed delivery is not taken by another poller; far above a request
   * @param batchSize how many due deliveries one poll takes at most
   */
  public record Settings(Duration connectTimeout, Duration requestTimeout, Duration lease, int batchSize) {
    public Settings {
      if (lease.compareTo(connectTimeout.plus(requestTimeout)) <= 0) {
        throw new IllegalArgumentException("cloudtrade.reseller.webhook.lease (" + lease
            + ") must be longer than connect-timeout + request-timeout");
      }
      if (batchSize < 1) {
        throw new IllegalArgumentException("cloudtrade.reseller.webhook.batch-size must be at least 1");
      }
    }
  }

  /** The delivery settings. */
  @Bean
  public Settings webhookSettings(
      @Value("${cloudtrade.reseller.webhook.connect-timeout:2s}") Duration connectTimeout,
      @Value("${cloudtrade.reseller.webhook.request-timeout:5s}") Duration requestTimeout,
      @Value("${cloudtrade.reseller.webhook.lease:30s}") Duration lease,
      @Value("${cloudtrade.reseller.webhook.batch-size:50}") int batchSize) {
    return new Settings(connectTimeout, requestTimeout, lease, batchSize);
  }

  /** When failed deliveries are tried again, and when they are given up. */
  @Bean
  public WebhookBackoff webhookBackoff(
      @Value("${cloudtrade.reseller.webhook.initial-backoff:1s}") Duration initial,
      @Value("${cloudtrade.reseller.webhook.max-backoff:10m}") Duration max,
      @Value("${cloudtrade.reseller.webhook.max-attempts:10}") int maxAttempts) {
    return new WebhookBackoff(initial, max, maxAttempts);
  }
}
