package io.cloudtrade.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Remembers what a store told it; waits (with a generous bound) for the next report. */
final class RecordingListener implements RoutingListener {
  /** A refusal as reported. */
  record Refusal(String reason, String head) {}

  private static final long WAIT_SECONDS = 30;

  final BlockingQueue<RoutingRules> accepted = new LinkedBlockingQueue<>();
  final BlockingQueue<Refusal> refused = new LinkedBlockingQueue<>();

  @Override
  public void onAccepted(RoutingRules rules) {
    accepted.add(rules);
  }

  @Override
  public void onRefused(String reason, String rawValueHeadTruncated) {
    refused.add(new Refusal(reason, rawValueHeadTruncated));
  }

  RoutingRules nextAccepted() throws InterruptedException {
    RoutingRules rules = accepted.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(rules).as("a snapshot accepted within %d s", WAIT_SECONDS).isNotNull();
    return rules;
  }

  Refusal nextRefused() throws InterruptedException {
    Refusal refusal = refused.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(refusal).as("a refusal reported within %d s", WAIT_SECONDS).isNotNull();
    return refusal;
  }
}
