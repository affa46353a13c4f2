package io.cloudtrade.payment.config;

import io.cloudtrade.payment.adapter.channel.AlipayBill;
import io.cloudtrade.payment.adapter.channel.AlipayConnection;
import io.cloudtrade.payment.adapter.channel.WechatPayBill;
import io.cloudtrade.payment.adapter.channel.WechatPayConnection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The channels' daily bills, for the reconciliation: each exists when its channel does, over the
 * channel's connection ({@link ChannelConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class ReconciliationConfiguration {
  @Bean
  @ConditionalOnProperty("cloudtrade.payment.alipay.server-url")
  public AlipayBill alipayBill(AlipayConnection alipay) {
    return new AlipayBill(alipay);
  }

  @Bean
  @ConditionalOnProperty("cloudtrade.payment.wechatpay.base-url")
  public WechatPayBill wechatPayBill(WechatPayConnection wechat) {
    return new WechatPayBill(wechat);
  }
}
