package io.cloudtrade.sandbox.wechatpay.domain;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Objects;

/**
 * A merchant registered with the sandbox.
 *
 * @param apiV3Key the 32-character APIv3 key, which encrypts notifications and certificates
 * @param apiV2Key the key of API v2's HMAC-SHA256 / MD5 signatures
 * @param certificateSerial the serial of the merchant's API certificate, named in every request
 * @param publicKey the public key of the merchant's API certificate, which verifies its requests
 * @param platformKeyMode how it verifies the sandbox, for notifications
 */
public record Merchant(String mchid, String appid, String apiV3Key, String apiV2Key, String certificateSerial,
    PublicKey publicKey, PlatformKeyMode platformKeyMode) {

  public Merchant {
    Objects.requireNonNull(mchid, "mchid");
    Objects.requireNonNull(appid, "appid");
    Objects.requireNonNull(certificateSerial, "certificate-serial");
    Objects.requireNonNull(publicKey, "public-key");
    Objects.requireNonNull(platformKeyMode);
    if (apiV3Key == null || apiV3Key.getBytes(StandardCharsets.UTF_8).length != 32) {
      throw new IllegalArgumentException("the api-v3-key of merchant " + mchid + " must be 32 bytes");
    }
  }

  @Override
  public String toString() {
    return "Merchant[" + mchid + ", appid " + appid + ", serial " + certificateSerial + "]";
  }
}
