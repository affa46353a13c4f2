package io.cloudtrade.sandbox.wechatpay.domain;

/**
 * A business rejection with WeChat Pay's stable error code ({@code code} in API v3,
 * {@code err_code} in API v2) and a human-readable message.
 */
public record Rejection(String code, String message) {
}
