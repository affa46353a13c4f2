package io.cloudtrade.sandbox.wechatpay.adapter.web;

import io.cloudtrade.sandbox.wechatpay.application.BillDownloads;
import io.cloudtrade.sandbox.wechatpay.domain.ErrorCodes;
import io.cloudtrade.sandbox.wechatpay.domain.Merchant;
import io.cloudtrade.sandbox.wechatpay.protocol.AeadAes256Gcm;
import io.cloudtrade.sandbox.wechatpay.protocol.Keys;
import io.cloudtrade.sandbox.wechatpay.protocol.PlatformKeys;
import io.cloudtrade.sandbox.wechatpay.protocol.WechatIds;
import io.cloudtrade.sandbox.wechatpay.protocol.WechatTime;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * API v3 platform services: the platform certificate (encrypted with the merchant's APIv3 key, for
 * the SDK's {@code RSAAutoCertificateConfig}) and trade bills with their download.
 */
@RestController
class PlatformController {
  private final PlatformKeys keys;
  private final BillDownloads bills;

  PlatformController(PlatformKeys keys, BillDownloads bills) {
    this.keys = keys;
    this.bills = bills;
  }

  @GetMapping("/v3/certificates")
  ResponseEntity<Object> certificates(@RequestAttribute(V3SignatureFilter.MERCHANT) Merchant merchant) {
    X509Certificate certificate = keys.certificate();
    String nonce = WechatIds.alphanumeric(12);
    Map<String, Object> encrypted = new LinkedHashMap<>();
    encrypted.put("algorithm", AeadAes256Gcm.ALGORITHM);
    encrypted.put("nonce", nonce);
    encrypted.put("associated_data", "certificate");
    encrypted.put("ciphertext", AeadAes256Gcm.encrypt(merchant.apiV3Key(), nonce, "certificate", Keys.pem(certificate)));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("serial_no", keys.certificateSerial());
    data.put("effective_time", WechatTime.rfc3339(certificate.getNotBefore().toInstant()));
    data.put("expire_time", WechatTime.rfc3339(certificate.getNotAfter().toInstant()));
    data.put("encrypt_certificate", encrypted);
    return JsonResponses.ok(Map.of("data", List.of(data)));
  }

  @GetMapping("/v3/bill/tradebill")
  ResponseEntity<Object> tradeBill(@RequestAttribute(V3SignatureFilter.MERCHANT) Merchant merchant,
      @RequestParam("bill_date") String billDate,
      @RequestParam(name = "tar_type", required = false) String tarType) {
    LocalDate date;
    try {
      date = LocalDate.parse(billDate);
    } catch (DateTimeParseException e) {
      return JsonResponses.error(HttpStatus.BAD_REQUEST, ErrorCodes.PARAM_ERROR, "bill_date must be yyyy-MM-dd");
    }
    if (tarType != null && !"GZIP".equals(tarType)) {
      return JsonResponses.error(HttpStatus.BAD_REQUEST, ErrorCodes.PARAM_ERROR, "tar_type must be GZIP or absent");
    }
    BillDownloads.Download d = bills.prepare(merchant, date, tarType != null);
    String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/v3/billdownload/file")
        .queryParam("token", d.token()).toUriString();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("hash_type", "SHA1");
    body.put("hash_value", d.sha1());
    body.put("download_url", url);
    return JsonResponses.ok(body);
  }

  @GetMapping("/v3/billdownload/file")
  ResponseEntity<?> download(@RequestAttribute(V3SignatureFilter.MERCHANT) Merchant merchant,
      @RequestParam String token) {
    return bills.fetch(merchant, token)
        .<ResponseEntity<?>>map(d -> ResponseEntity.ok()
            .contentType(d.gzip() ? MediaType.parseMediaType("application/x-gzip") : MediaType.parseMediaType("text/csv"))
            .body(d.content()))
        .orElseGet(() -> JsonResponses.error(HttpStatus.NOT_FOUND, ErrorCodes.NOT_FOUND, "no such bill download"));
  }
}
