package io.cloudtrade.payment.config;

import com.alipay.api.AlipayApiException;
import io.cloudtrade.payment.adapter.channel.AlipayChannel;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.application.PayThroughChannel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The payment channels this payment service is configured for: each channel exists only when its
 * server URL is set (the launcher points them at its sandboxes; production at the real gateways).
 */
@Configuration(proxyBeanMethods = false)
public class ChannelConfiguration {
  @Bean
  @ConditionalOnProperty("cloudtrade.payment.alipay.server-url")
  public AlipayChannel alipayChannel(@Value("${cloudtrade.payment.alipay.server-url}") String serverUrl,
      @Value("${cloudtrade.payment.alipay.app-id}") String appId,
      @Value("${cloudtrade.payment.alipay.private-key}") String privateKey,
      @Value("${cloudtrade.payment.alipay.alipay-public-key}") String alipayPublicKey) throws AlipayApiException {
    return new AlipayChannel(serverUrl, appId, privateKey, alipayPublicKey);
  }

  @Bean
  @ConditionalOnProperty("cloudtrade.payment.alipay.server-url")
  public PayThroughChannel.ChannelMerchant alipayMerchant(@Value("${cloudtrade.payment.alipay.app-id}") String appId) {
    return new PayThroughChannel.ChannelMerchant(ChannelPayments.ALIPAY, appId);
  }
}
