package io.cloudtrade.payment.adapter.channel;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.AlipayConfig;
import com.alipay.api.DefaultAlipayClient;

/**
 * One Alipay application as the payment service reaches it: the official SDK's client (RSA2 on every
 * request, every answer's signature checked), its app id, and Alipay's public key for notifications.
 * Shared by the payment channel and the bill download. Only the server URL and keys tell the sandbox
 * from the real gateway.
 */
public final class AlipayConnection {
  private final AlipayClient client;
  private final String appId;
  private final String alipayPublicKey;

  public AlipayConnection(String serverUrl, String appId, String privateKey, String alipayPublicKey) throws AlipayApiException {
    AlipayConfig config = new AlipayConfig();
    config.setServerUrl(serverUrl);
    config.setAppId(appId);
    config.setPrivateKey(privateKey);
    config.setAlipayPublicKey(alipayPublicKey);
    config.setFormat("json");
    config.setCharset("utf-8");
    config.setSignType("RSA2");
    config.setConnectTimeout(3000);
    config.setReadTimeout(10000);
    this.client = new DefaultAlipayClient(config);
    this.appId = appId;
    this.alipayPublicKey = alipayPublicKey;
  }

  AlipayClient client() {
    return client;
  }

  public String appId() {
    return appId;
  }

  String alipayPublicKey() {
    return alipayPublicKey;
  }
}
