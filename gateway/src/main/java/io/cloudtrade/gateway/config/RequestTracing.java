package io.cloudtrade.gateway.config;

import io.cloudtrade.monitoringagent.CallKind;
import io.cloudtrade.monitoringagent.Classification;
import io.cloudtrade.monitoringagent.FieldValues;
import io.cloudtrade.monitoringagent.RequestOutcome;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.cloudtrade.monitoringagent.TraceContext;
import io.cloudtrade.monitoringagent.TraceScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every HTTP request to the gateway is the root span of a trace: the Dubbo calls it makes carry the
 * trace on (monitoring agent), and it is one request-log line and one sample of {@code
 * cloudtrade.requests}, kind {@code server}, service {@value #SERVICE}, operation = the OpenAPI
 * action ({@code OpenApi.CreateInstance}) or the route ({@code GET /api/orders/{orderId}}).
 *
 * <p>The outcome is judged by the HTTP status: 5xx an ERROR, 4xx a business rejection (code {@code
 * HTTP_4xx} unless the handler named the error code in the request attribute {@value #ERROR_CODE}),
 * else a success. The trace id is the response header {@value #TRACE_HEADER} and the OpenAPI's
 * RequestId, so a customer's complaint leads to the trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestTracing extends OncePerRequestFilter {
  public static final String SERVICE = "Gateway";
  /** Response header with the request's trace id. */
  public static final String TRACE_HEADER = "X-CloudTrade-Trace-Id";
  /** Request attribute: the error code of a rejected request (set by the error handlers). */
  public static final String ERROR_CODE = RequestTracing.class.getName() + ".errorCode";
  /** Request attribute: the account the request acted for, once known. */
  public static final String ACCOUNT = RequestTracing.class.getName() + ".account";

  private final RequestRecorder recorder;

  public RequestTracing(RequestRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!recorder.isEnabled()) {
      chain.doFilter(request, response);
      return;
    }
    long startMillis = System.currentTimeMillis();
    long start = System.nanoTime();
    try (TraceScope scope = TraceContext.startTrace()) {
      response.setHeader(TRACE_HEADER, scope.span().traceId());
      Throwable failed = null;
      try {
        chain.doFilter(request, response);
      } catch (IOException | ServletException | RuntimeException | Error e) {
        failed = e;
        throw e;
      } finally {
        int status = failed != null ? 500 : response.getStatus();
        FieldValues fields = new FieldValues();
        Object account = request.getAttribute(ACCOUNT);
        if (account != null) {
          fields.put("accountId", account.toString());
        }
        recorder.record(recorder.operation(SERVICE, operation(request)), CallKind.SERVER, scope.span(), startMillis,
            System.nanoTime() - start, fields, classify(status, request.getAttribute(ERROR_CODE)));
      }
    }
  }

  /** The OpenAPI action, or the method and route pattern (bounded: never the raw path with its ids). */
  static String operation(HttpServletRequest request) {
    String action = request.getHeader("x-acs-action");
    if (action != null) {
      return "OpenApi." + (action.matches("[A-Za-z]{1,64}") ? action : "Invalid");
    }
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    return request.getMethod() + " " + (pattern == null ? "unmatched" : pattern);
  }

  static Classification classify(int status, Object code) {
    if (status >= 500) {
      return new Classification(RequestOutcome.ERROR, code == null ? "HTTP_" + status : code.toString());
    }
    if (status >= 400) {
      return new Classification(RequestOutcome.REJECTED, code == null ? "HTTP_" + status : code.toString());
    }
    return Classification.SUCCESS;
  }
}
