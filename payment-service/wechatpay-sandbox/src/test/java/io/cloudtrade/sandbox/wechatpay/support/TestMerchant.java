package io.cloudtrade.sandbox.wechatpay.support;

import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;

/** A merchant made in the test: its API key pair, certificate serial, APIv3 and v2 keys. */
public record TestMerchant(String mchid, String appid, KeyPair apiKey, String certificateSerial, String apiV3Key,
    String apiV2Key, String platformKeyMode) {

  public static TestMerchant create(String mchid, String appid, String platformKeyMode) {
    return new TestMerchant(mchid, appid, TestKeys.rsa(), "5157F09EFDC096DE15EBE81A47057A72" + mchid.substring(2),
        "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb", "v2key" + mchid + "0123456789abcdef", platformKeyMode);
  }

  /** The sandbox's properties registering it as {@code merchants[index]}. */
  public Map<String, String> properties(int index) {
    String p = "cloudtrade.sandbox.wechatpay.merchants[" + index + "].";
    Map<String, String> m = new LinkedHashMap<>();
    m.put(p + "mchid", mchid);
    m.put(p + "appid", appid);
    m.put(p + "api-v3-key", apiV3Key);
    m.put(p + "api-v2-key", apiV2Key);
    m.put(p + "certificate-serial", certificateSerial);
    m.put(p + "public-key", TestKeys.x509(apiKey));
    m.put(p + "platform-key-mode", platformKeyMode);
    return m;
  }
}
