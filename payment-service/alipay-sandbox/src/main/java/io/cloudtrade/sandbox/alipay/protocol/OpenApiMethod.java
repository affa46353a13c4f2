package io.cloudtrade.sandbox.alipay.protocol;

/** One method of the gateway (alipay.trade.pay...): a verified call in, the response node's content out. */
@FunctionalInterface
public interface OpenApiMethod {
  OpenApiResult call(OpenApiCall call);
}
