package io.cloudtrade.sandbox.alipay.domain;

import java.time.Instant;

/**
 * One POST of a notify to the merchant.
 *
 * @param kind DELIVERY (first attempt), RETRY, DUPLICATE (an extra copy) or MANUAL (asked for)
 * @param answer what the merchant answered: the body (shortened), the HTTP status, or the failure
 */
public record NotifyAttempt(int number, Instant at, String kind, boolean acknowledged, String answer) {
}
