package io.cloudtrade.payment.adapter.channel;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import java.security.PrivateKey;
import java.security.PublicKey;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * One WeChat Pay merchant as the payment service reaches it through the official SDK
 * (wechatpay-java): the WeChat Pay public-key configuration (WECHATPAY2-SHA256-RSA2048 on every
 * request, every answer's signature checked, AEAD_AES_256_GCM with the APIv3 key) and the SDK's HTTP
 * client. The base URL is the only difference from the real gateway: requests the SDK addresses to
 * api.mch.weixin.qq.com are sent to {@code baseUrl} by an OkHttp interceptor (with the real base URL
 * nothing is rewritten); path and query stay, so the signatures do too. Shared by the payment channel
 * and the bill download.
 */
public final class WechatPayConnection {
  private final RSAPublicKeyConfig config;
  private final HttpClient http;
  private final String baseUrl;
  private final String mchid;
  private final String appid;

  public WechatPayConnection(String baseUrl, String mchid, String appid, PrivateKey merchantKey, String merchantSerial,
      PublicKey platformKey, String platformKeyId, String apiV3Key) {
    this.config = new RSAPublicKeyConfig.Builder()
        .merchantId(mchid)
        .privateKey(merchantKey)
        .merchantSerialNumber(merchantSerial)
        .publicKey(platformKey)
        .publicKeyId(platformKeyId)
        .apiV3Key(apiV3Key)
        .build();
    HttpUrl base = HttpUrl.get(baseUrl);
    OkHttpClient ok = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .url(chain.request().url().newBuilder().scheme(base.scheme()).host(base.host()).port(base.port()).build()).build()))
        .build();
    this.http = new DefaultHttpClientBuilder().config(config).okHttpClient(ok).build();
    this.baseUrl = baseUrl;
    this.mchid = mchid;
    this.appid = appid;
  }

  RSAPublicKeyConfig config() {
    return config;
  }

  HttpClient http() {
    return http;
  }

  String baseUrl() {
    return baseUrl;
  }

  public String mchid() {
    return mchid;
  }

  String appid() {
    return appid;
  }
}
