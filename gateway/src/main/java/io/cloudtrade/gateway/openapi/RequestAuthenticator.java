package io.cloudtrade.gateway.openapi;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.IdentityErrors;
import io.cloudtrade.reseller.api.IdentityService;
import io.cloudtrade.reseller.api.SignatureCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Authenticates an OpenAPI request signed with signature V3, in this order: the Authorization header
 * is complete and signs the headers that matter; the version is 2017-12-14; the body is the one
 * signed; the date is within the allowed skew; the signature verifies under the AccessKey's secret
 * (in the identity service); and only then the nonce is new. A refused request changes nothing.
 */
@Component
public class RequestAuthenticator {
  public static final String VERSION = "2017-12-14";
  /** Headers a request must sign; without them a signature could be moved to another request. */
  static final List<String> REQUIRED_SIGNED =
      List.of("host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256");

  private final IdentityService identities;
  private final NonceStore nonces;
  private final Duration maxSkew;
  private final Clock clock;

  public RequestAuthenticator(IdentityService identities, NonceStore nonces,
      @Value("${cloudtrade.openapi.max-clock-skew:15m}") Duration maxSkew) {
    this.identities = identities;
    this.nonces = nonces;
    this.maxSkew = maxSkew;
    this.clock = Clock.systemUTC();
  }

  /**
   * @param lowerCaseHeaders request headers, names lower-cased
   * @return the authenticated caller
   * @throws BssException when the request is refused
   */
  public Caller authenticate(String method, String path, Map<String, String> query, Map<String, String> lowerCaseHeaders,
      byte[] body) {
    Acs3Signature.Authorization auth;
    try {
      auth = Acs3Signature.parseAuthorization(lowerCaseHeaders.get("authorization"));
    } catch (IllegalArgumentException e) {
      throw new BssException(400, "IncompleteSignature", e.getMessage());
    }
    if (!Acs3Signature.ALGORITHM.equals(auth.algorithm())) {
      throw new BssException(400, IdentityErrors.UNSUPPORTED_ALGORITHM, "only " + Acs3Signature.ALGORITHM + " is supported");
    }
    for (String h : REQUIRED_SIGNED) {
      if (!auth.signedHeaders().contains(h) || lowerCaseHeaders.get(h) == null) {
        throw new BssException(400, "IncompleteSignature", "the request must send and sign the header " + h);
      }
    }
    if (!VERSION.equals(lowerCaseHeaders.get("x-acs-version"))) {
      throw new BssException(400, "InvalidVersion", "the API version must be " + VERSION);
    }
    String payloadHash = Acs3Signature.sha256Hex(body);
    if (!payloadHash.equalsIgnoreCase(lowerCaseHeaders.get("x-acs-content-sha256"))) {
      throw new BssException(400, IdentityErrors.SIGNATURE_MISMATCH, "x-acs-content-sha256 is not the hash of the body");
    }
    checkDate(lowerCaseHeaders.get("x-acs-date"));

    String canonical = Acs3Signature.canonicalRequest(method, path, query, lowerCaseHeaders, auth.signedHeaders(), payloadHash);
    Outcome<Caller> caller = identities.authenticate(new SignatureCheck()
        .setAccessKeyId(auth.accessKeyId())
        .setAlgorithm(auth.algorithm())
        .setStringToSign(Acs3Signature.stringToSign(canonical))
        .setSignature(auth.signature()));
    if (!caller.isOk()) {
      int status = switch (caller.code()) {
        case IdentityErrors.ACCESS_KEY_NOT_FOUND -> 404;
        case IdentityErrors.ACCOUNT_FROZEN -> 403;
        default -> 400;
      };
      throw new BssException(status, caller.code(), caller.message());
    }
    String nonce = lowerCaseHeaders.get("x-acs-signature-nonce");
    if (nonce.isBlank() || nonce.length() > 128) {
      throw new BssException(400, "InvalidSignatureNonce", "x-acs-signature-nonce must be 1 to 128 characters");
    }
    if (!nonces.firstUse(auth.accessKeyId(), nonce, maxSkew.multipliedBy(2))) {
      throw new BssException(400, "SignatureNonceUsed", "the signature nonce " + nonce + " was used before");
    }
    return caller.value();
  }

  private void checkDate(String date) {
    Instant at;
    try {
      at = Instant.parse(date);
    } catch (DateTimeParseException e) {
      throw new BssException(400, "InvalidTimeStamp.Format", "x-acs-date must be yyyy-MM-ddTHH:mm:ssZ in UTC");
    }
    Duration skew = Duration.between(at, clock.instant()).abs();
    if (skew.compareTo(maxSkew) > 0) {
      throw new BssException(400, "InvalidTimeStamp.Expired", "x-acs-date " + date + " is more than " + maxSkew.toMinutes() + " minutes from the server's time");
    }
  }
}
