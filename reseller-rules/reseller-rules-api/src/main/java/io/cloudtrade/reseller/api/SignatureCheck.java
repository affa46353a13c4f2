package io.cloudtrade.reseller.api;

import java.io.Serial;
import java.io.Serializable;

/** A request signature to verify. The secret never leaves the identity service. */
public class SignatureCheck implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String accessKeyId;
  /** {@code ACS3-HMAC-SHA256} */
  private String algorithm;
  /** built by the gateway from the canonical request */
  private String stringToSign;
  /** lowercase hex, as sent by the client */
  private String signature;

  public String getAccessKeyId() {
    return accessKeyId;
  }

  public SignatureCheck setAccessKeyId(String accessKeyId) {
    this.accessKeyId = accessKeyId;
    return this;
  }

  public String getAlgorithm() {
    return algorithm;
  }

  public SignatureCheck setAlgorithm(String algorithm) {
    this.algorithm = algorithm;
    return this;
  }

  public String getStringToSign() {
    return stringToSign;
  }

  public SignatureCheck setStringToSign(String stringToSign) {
    this.stringToSign = stringToSign;
    return this;
  }

  public String getSignature() {
    return signature;
  }

  public SignatureCheck setSignature(String signature) {
    this.signature = signature;
    return this;
  }

  @Override
  public String toString() {
    return "SignatureCheck{" + "accessKeyId=" + accessKeyId + ", " + "algorithm=" + algorithm + ", " + "stringToSign=" + stringToSign + ", " + "signature=" + (signature == null ? null : "***") + "}";
  }
}
