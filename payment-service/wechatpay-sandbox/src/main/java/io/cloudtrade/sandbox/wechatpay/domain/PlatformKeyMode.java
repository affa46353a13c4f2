package io.cloudtrade.sandbox.wechatpay.domain;

/** How a merchant verifies WeChat Pay's signatures, which decides the {@code Wechatpay-Serial} it expects. */
public enum PlatformKeyMode {
  /** With the WeChat Pay public key, serial {@code PUB_KEY_ID_...} (the SDK's {@code RSAPublicKeyConfig}). */
  PUBLIC_KEY,
  /** With the downloaded platform certificate, serial = its serial number (the SDK's {@code RSAAutoCertificateConfig}). */
  CERTIFICATE
}
