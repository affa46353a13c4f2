package io.cloudtrade.payment.application;

import io.cloudtrade.payment.domain.ChannelPaymentState;
import io.cloudtrade.payment.persistence.ChannelPaymentMapper;
import io.cloudtrade.payment.persistence.ChannelPaymentRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Re-queries channel payments left open (Kill Bill's Janitor is the model): a notification may be
 * late, duplicated or never come, and a barcode payment waits for the customer. Each open payment
 * older than {@code janitor-min-age} is asked about: paid -> Succeeded (announced once, as a notify
 * would); expired and still unpaid -> closed at the channel. Should the customer pay in the moment
 * between the query and the close, Alipay's cancel refunds the money; that is logged as an alert.
 */
@Service
public class ChannelPaymentJanitor {
  private static final Logger log = LoggerFactory.getLogger(ChannelPaymentJanitor.class);

  private final ChannelPaymentMapper payments;
  private final PayThroughChannel flow;
  private final Map<String, PaymentChannel> channels;
  private final Duration minAge;
  private final Clock clock = Clock.systemUTC();

  public ChannelPaymentJanitor(ChannelPaymentMapper payments, PayThroughChannel flow, List<PaymentChannel> channels,
      @Value("${cloudtrade.payment.janitor-min-age:PT5S}") Duration minAge) {
    this.payments = payments;
    this.flow = flow;
    this.channels = channels.stream().collect(Collectors.toMap(PaymentChannel::name, Function.identity()));
    this.minAge = minAge;
  }

  @Scheduled(fixedDelayString = "${cloudtrade.payment.janitor-interval:PT2S}", initialDelayString = "PT1S")
  public void sweep() {
    try {
      runOnce(clock.instant());
    } catch (RuntimeException e) {
      log.warn("channel payment janitor round failed: {}", e.toString());
    }
  }

  /** One round over the open payments older than the minimum age at {@code now}; how many it settled. */
  public int runOnce(Instant now) {
    int settled = 0;
    for (ChannelPaymentRow p : payments.findOpen(now.minus(minAge), 200)) {
      PaymentChannel channel = channels.get(p.channel);
      if (channel == null) {
        continue;
      }
      PaymentChannel.Answer a = channel.query(p);
      if (a.kind() == PaymentChannel.Kind.NOT_PAID || a.kind() == PaymentChannel.Kind.WAITING) {
        if (!now.isAfter(p.expiresAt)) {
          continue;
        }
        a = channel.close(p);
        if (a.kind() == PaymentChannel.Kind.CLOSED && a.reason() != null && a.reason().contains("refunded")) {
          log.error("ALERT payment {} of order {} was paid as it expired; {} refunded it on cancel", p.paymentId, p.orderId, p.channel);
        }
      }
      flow.settle(p, a, false);
      if (!ChannelPaymentState.ofWire(payments.find(p.paymentId).status).isOpen()) {
        settled++;
      }
    }
    return settled;
  }
}
