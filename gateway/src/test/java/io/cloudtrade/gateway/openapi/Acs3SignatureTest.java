package io.cloudtrade.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.tea.TeaRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our canonicalization against the official SDK's own signer (com.aliyun.openapiutil). */
class Acs3SignatureTest {
  @Test
  void rebuildsTheStringTheSdkSigns() throws Exception {
    TeaRequest r = new TeaRequest();
    r.method = "POST";
    r.pathname = "/";
    r.query = new HashMap<>(Map.of("ProductCode", "ecs", "Parameter.1.Code", "InstanceType",
        "Parameter.1.Value", "ecs.g7.large", "ClientToken", "a b*c~d+e/é"));
    String payload = Acs3Signature.sha256Hex(new byte[0]);
    r.headers = new HashMap<>(Map.of("host", "127.0.0.1:8080", "x-acs-action", "CreateInstance",
        "x-acs-version", "2017-12-14", "x-acs-date", "2026-11-24T12:00:00Z", "x-acs-signature-nonce", "n1",
        "x-acs-content-sha256", payload, "user-agent", "not signed", "accept", "application/json"));
    String authorization = com.aliyun.openapiutil.Client.getAuthorization(r, "ACS3-HMAC-SHA256", payload, "AK", "secret");

    Acs3Signature.Authorization parsed = Acs3Signature.parseAuthorization(authorization);
    assertThat(parsed.accessKeyId()).isEqualTo("AK");
    String canonical = Acs3Signature.canonicalRequest("POST", "/", r.query, r.headers, parsed.signedHeaders(), payload);
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec("secret".getBytes(), "HmacSHA256"));
    String ours = java.util.HexFormat.of().formatHex(mac.doFinal(Acs3Signature.stringToSign(canonical).getBytes()));
    assertThat(ours).isEqualTo(parsed.signature());
  }

  @Test
  void decodesQueriesAsSentAndRefusesDuplicates() {
    assertThat(Acs3Signature.parseQuery("A=1&B=x%20y&C=p+q&D=")).containsEntry("B", "x y").containsEntry("C", "p q").containsEntry("D", "");
    assertThatThrownBy(() -> Acs3Signature.parseQuery("A=1&A=2")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void incompleteAuthorizationIsRefused() {
    assertThatThrownBy(() -> Acs3Signature.parseAuthorization("ACS3-HMAC-SHA256 Credential=AK")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Acs3Signature.parseAuthorization("ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=Host;x-acs-date,Signature=AB").signedHeaders())
        .isEqualTo(List.of("host", "x-acs-date"));
  }
}
