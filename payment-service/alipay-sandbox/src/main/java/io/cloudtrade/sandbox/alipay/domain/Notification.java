package io.cloudtrade.sandbox.alipay.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One asynchronous notify of a trade's change (its payment, or a refund), with every attempt to
 * deliver it. Its parameters are fixed when the change happens; notify_time and the signature are
 * made at each attempt.
 *
 * @param event PAYMENT, or REFUND:&lt;out_request_no&gt;
 * @param params the notify's parameters but notify_time, sign_type and sign
 */
public record Notification(String notifyId, String event, String notifyUrl, Map<String, String> params,
    NotifyState state, List<NotifyAttempt> attempts) {

  public Notification {
    params = new LinkedHashMap<>(params);
    attempts = attempts == null ? List.of() : List.copyOf(attempts);
  }

  @Override
  public Map<String, String> params() {
    return new LinkedHashMap<>(params);
  }

  /** This notify with one more attempt, in {@code next} state. */
  public Notification attempted(NotifyAttempt attempt, NotifyState next) {
    List<NotifyAttempt> all = new ArrayList<>(attempts);
    all.add(attempt);
    return new Notification(notifyId, event, notifyUrl, params, next, all);
  }

  /** This notify in {@code next} state. */
  public Notification inState(NotifyState next) {
    return new Notification(notifyId, event, notifyUrl, params, next, attempts);
  }
}
