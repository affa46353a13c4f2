package io.cloudtrade.payment.config;

import com.alipay.api.AlipayApiException;
import io.cloudtrade.payment.adapter.channel.AlipayChannel;
import io.cloudtrade.payment.adapter.channel.AlipayConnection;
import io.cloudtrade.payment.adapter.channel.WechatPayChannel;
import io.cloudtrade.payment.adapter.channel.WechatPayConnection;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.application.PayThroughChannel;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The payment channels this payment service is configured for: each channel exists only when its
 * server URL is set (the launcher points them at its sandboxes; production at the real gateways).
 * One connection per channel (SDK client and keys) serves the channel and its daily bill.
 */
@Configuration(proxyBeanMethods = false)
public class ChannelConfiguration {
  @Bean
  @ConditionalOnProperty("cloudtrade.payment.alipay.server-url")
  public AlipayConnection alipayConnection(@Value("${cloudtrade.payment.alipay.server-url}") String serverUrl,
      @Value("${cloudtrade.payment.alipay.app-id}") String appId,
      @Value("${cloudtrade.payment.alipay.private-key}") String privateKey,
      @Value("${cloudtrade.payment.alipay.alipay-public-key}") String alipayPublicKey) throws AlipayApiException {
    return new AlipayConnection(serverUrl, appId, privateKey, alipayPublicKey);
  }

  @Bean
  @ConditionalOnProperty("cloudtrade.payment.alipay.server-url")
  public AlipayChannel alipayChannel(AlipayConnection alipay) {
    return new AlipayChannel(alipay);
  }

  @Bean
  @ConditionalOnProperty("cloudtrade.payment.alipay.server-url")
  public PayThroughChannel.ChannelMerchant alipayMerchant(AlipayConnection alipay) {
    return new PayThroughChannel.ChannelMerchant(ChannelPayments.ALIPAY, alipay.appId());
  }

  @Bean
  @ConditionalOnProperty("cloudtrade.payment.wechatpay.base-url")
  public WechatPayConnection wechatPayConnection(@Value("${cloudtrade.payment.wechatpay.base-url}") String baseUrl,
      @Value("${cloudtrade.payment.wechatpay.mchid}") String mchid,
      @Value("${cloudtrade.payment.wechatpay.appid}") String appid,
      @Value("${cloudtrade.payment.wechatpay.private-key}") String privateKey,
      @Value("${cloudtrade.payment.wechatpay.merchant-serial}") String merchantSerial,
      @Value("${cloudtrade.payment.wechatpay.platform-public-key}") String platformKey,
      @Value("${cloudtrade.payment.wechatpay.platform-public-key-id}") String platformKeyId,
      @Value("${cloudtrade.payment.wechatpay.api-v3-key}") String apiV3Key) throws GeneralSecurityException {
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    return new WechatPayConnection(baseUrl, mchid, appid,
        rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey.trim()))), merchantSerial,
        rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(platformKey.trim()))), platformKeyId, apiV3Key);
  }

  @Bean
  @ConditionalOnProperty("cloudtrade.payment.wechatpay.base-url")
  public WechatPayChannel wechatPayChannel(WechatPayConnection wechat,
      @Value("${cloudtrade.payment.wechatpay.api-v2-key:}") String apiV2Key) {
    return new WechatPayChannel(wechat, apiV2Key);
  }

  @Bean
  @ConditionalOnProperty("cloudtrade.payment.wechatpay.base-url")
  public PayThroughChannel.ChannelMerchant wechatPayMerchant(WechatPayConnection wechat) {
    return new PayThroughChannel.ChannelMerchant(ChannelPayments.WECHATPAY, wechat.mchid());
  }
}
