package io.cloudtrade.payment.application;

import io.cloudtrade.payment.domain.ChannelPaymentState;
import io.cloudtrade.payment.domain.CheckSchedule;
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
 * whose check is due is asked about: paid -> Succeeded (announced once, as a notify would); expired
 * and still unpaid -> closed at the channel. Should the customer pay in the moment between the query
 * and the close, the channel's cancel/reverse refunds the money; that is logged as an alert.
 *
 * <p>Checks back off as a payment ages ({@link CheckSchedule}) and the most overdue go first, so that
 * many abandoned QR codes neither flood the channel with queries nor keep newer payments waiting. A
 * node claims a payment's check by moving its next check forward with a conditional update; several
 * nodes never ask about the same payment at once.
 */
@Service
public class ChannelPaymentJanitor {
  private static final Logger log = LoggerFactory.getLogger(ChannelPaymentJanitor.class);
  private static final int BATCH = 200;

  private final ChannelPaymentMapper payments;
  private final PayThroughChannel flow;
  private final Map<String, PaymentChannel> channels;
  private final Duration minAge;
  private final CheckSchedule schedule;
  private final Clock clock = Clock.systemUTC();

  public ChannelPaymentJanitor(ChannelPaymentMapper payments, PayThroughChannel flow, List<PaymentChannel> channels,
      @Value("${cloudtrade.payment.janitor-min-age:PT5S}") Duration minAge,
      @Value("${cloudtrade.payment.janitor-max-interval:PT5M}") Duration maxInterval) {
    this.payments = payments;
    this.flow = flow;
    this.channels = channels.stream().collect(Collectors.toMap(PaymentChannel::name, Function.identity()));
    this.minAge = minAge;
    // a first check later than the longest wait (e.g. a janitor held back for a benchmark) stretches that wait
    this.schedule = new CheckSchedule(minAge, maxInterval.compareTo(minAge) < 0 ? minAge : maxInterval);
  }

  @Scheduled(fixedDelayString = "${cloudtrade.payment.janitor-interval:PT2S}", initialDelayString = "PT1S")
  public void sweep() {
    try {
      runOnce(clock.instant());
    } catch (RuntimeException e) {
      log.warn("channel payment janitor round failed: {}", e.toString());
    }
  }

  /** One round over the open payments due for a check at {@code now}; how many it settled. */
  public int runOnce(Instant now) {
    int settled = 0;
    for (ChannelPaymentRow p : payments.findDue(now, now.minus(minAge), BATCH)) {
      PaymentChannel channel = channels.get(p.channel);
      if (payments.claimCheck(p.paymentId, p.nextCheckAt, schedule.next(p.createdAt, p.expiresAt, now)) == 0 || channel == null) {
        continue; // another node checks it this time; or a channel no longer configured here: asked about less and less
      }
      PaymentChannel.Answer a = channel.query(p);
      if (a.kind() == PaymentChannel.Kind.NOT_PAID || a.kind() == PaymentChannel.Kind.WAITING) {
        if (now.isBefore(p.expiresAt)) {
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
