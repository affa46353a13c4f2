package io.cloudtrade.sandbox.alipay.adapter.web;

import io.cloudtrade.sandbox.alipay.config.AlipaySandboxProperties;
import io.cloudtrade.sandbox.alipay.protocol.OpenApiGateway;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /gateway.do}, Alipay's open gateway. The SDK puts the common parameters in the query string
 * and biz_content in the form body, both encoded in the charset named by the charset parameter: the
 * raw query and body are decoded here with that charset (not the servlet container's default).
 */
@RestController
public class GatewayController {
  private final OpenApiGateway gateway;
  private final AlipaySandboxProperties properties;

  public GatewayController(OpenApiGateway gateway, AlipaySandboxProperties properties) {
    this.gateway = gateway;
    this.properties = properties;
  }

  @RequestMapping(path = "/gateway.do", method = {RequestMethod.POST, RequestMethod.GET})
  public ResponseEntity<byte[]> gateway(HttpServletRequest request) throws IOException {
    String query = request.getQueryString() == null ? "" : request.getQueryString();
    byte[] body = isForm(request) ? request.getInputStream().readAllBytes() : new byte[0];
    String charsetName = rawParameter(query, "charset");
    if (charsetName == null) {
      charsetName = rawParameter(new String(body, StandardCharsets.ISO_8859_1), "charset");
    }
    Charset charset = charset(charsetName);
    Charset decoding = charset == null ? StandardCharsets.UTF_8 : charset;

    Map<String, String> params = new LinkedHashMap<>();
    decodeInto(params, query, decoding);
    decodeInto(params, new String(body, decoding), decoding);
    if (body.length == 0 && isForm(request)) {
      // the form was already read by the container: take its parameters
      request.getParameterMap().forEach((k, v) -> params.putIfAbsent(k, v.length == 0 ? "" : v[0]));
    }
    String baseUrl = properties.getPublicUrl() != null && !properties.getPublicUrl().isBlank()
        ? properties.getPublicUrl().replaceAll("/+$", "")
        : ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();

    OpenApiGateway.Response response = gateway.handle(params, charset, baseUrl);
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.APPLICATION_JSON, response.charset()))
        .body(response.body().getBytes(response.charset()));
  }

  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
  }

  /** The charset named (UTF-8 when none is), or null when the name is not one the JVM knows. */
  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** A parameter's value before decoding (enough for the charset's name, which is ASCII). */
  private static String rawParameter(String encoded, String name) {
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return decode(pair.substring(eq + 1), StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }

  private static void decodeInto(Map<String, String> params, String encoded, Charset charset) {
    if (encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      params.putIfAbsent(decode(eq < 0 ? pair : pair.substring(0, eq), charset),
          eq < 0 ? "" : decode(pair.substring(eq + 1), charset));
    }
  }

  /** Decodes one form-encoded text; a malformed escape is kept as it is (the signature check will fail). */
  private static String decode(String text, Charset charset) {
    try {
      return URLDecoder.decode(text, charset);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
