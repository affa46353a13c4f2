package io.cloudtrade.gateway.openapi;

import io.cloudtrade.gateway.config.RequestTracing;
import io.cloudtrade.monitoringagent.Span;
import io.cloudtrade.monitoringagent.TraceContext;
import io.cloudtrade.reseller.api.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The RPC-style OpenAPI as Alibaba Cloud's SDKs call it: {@code POST /?params} (or GET) with the
 * action in {@code x-acs-action}, signed with signature V3. Answers {@code {RequestId, Code, Message,
 * Success, Data}} ({@code Data} left out for actions that have none); errors {@code {RequestId, Code,
 * Message}} with a 4xx or 5xx status.
 */
@RestController
public class BssOpenApiController {
  private static final Logger log = LoggerFactory.getLogger(BssOpenApiController.class);

  private final RequestAuthenticator authenticator;
  private final BssActions actions;

  public BssOpenApiController(RequestAuthenticator authenticator, BssActions actions) {
    this.authenticator = authenticator;
    this.actions = actions;
  }

  @RequestMapping(path = "/", method = {RequestMethod.POST, RequestMethod.GET}, headers = "x-acs-action",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> call(HttpServletRequest request) throws IOException {
    Span span = TraceContext.current(); // the request's trace (RequestTracing): its id answers as RequestId
    String requestId = span != null ? span.traceId() : UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    String action = request.getHeader("x-acs-action");
    try {
      byte[] body = request.getInputStream().readAllBytes();
      Map<String, String> headers = new HashMap<>();
      for (String name : Collections.list(request.getHeaderNames())) {
        headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
      }
      Map<String, String> params;
      try {
        params = Acs3Signature.parseQuery(request.getQueryString());
      } catch (IllegalArgumentException e) {
        throw new BssException(400, "InvalidParameter", e.getMessage());
      }
      Caller caller = authenticator.authenticate(request.getMethod(), request.getRequestURI(), params, headers, body);
      request.setAttribute(RequestTracing.ACCOUNT, caller.getAccountId());
      Object data = actions.run(action, caller, params);
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("RequestId", requestId);
      answer.put("Code", "Success");
      answer.put("Message", "Successful!");
      answer.put("Success", true);
      if (data != null) { // e.g. SetRenewal answers no Data
        answer.put("Data", data);
      }
      return ResponseEntity.ok(answer);
    } catch (BssException e) {
      request.setAttribute(RequestTracing.ERROR_CODE, e.code());
      log.info("openapi {} rejected {} {}: {}", action, requestId, e.code(), e.getMessage());
      return error(e.status(), e.code(), e.getMessage(), requestId);
    } catch (RuntimeException e) {
      request.setAttribute(RequestTracing.ERROR_CODE, "InternalError");
      log.error("openapi {} failed {}", action, requestId, e);
      return error(500, "InternalError", "The request processing has failed due to some unknown error.", requestId);
    }
  }

  private static ResponseEntity<Map<String, Object>> error(int status, String code, String message, String requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", requestId);
    body.put("Code", code);
    body.put("Message", message);
    body.put("Success", false);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
