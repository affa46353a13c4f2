package io.cloudtrade.gateway.web;

import io.cloudtrade.gateway.config.RequestTracing;
import io.cloudtrade.monitoringagent.Span;
import io.cloudtrade.monitoringagent.TraceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every REST error as RFC 9457 problem+json with a stable {@code code}; a bad input is never a 500. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
public class ApiProblems {
  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(ApiRejection.class)
  ProblemDetail rejected(ApiRejection e, HttpServletRequest request) {
    return problem(e.status(), e.code(), e.getMessage(), e.details(), request);
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
  ProblemDetail unreadable(Exception e, HttpServletRequest request) {
    return problem(400, "InvalidParameter", "the request could not be read: " + e.getMessage(), List.of(), request);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
    List<String> details = e.getBindingResult().getFieldErrors().stream().map(f -> f.getField() + ": " + f.getDefaultMessage()).toList();
    return problem(400, "InvalidParameter", "the request has invalid fields", details, request);
  }

  @ExceptionHandler(RuntimeException.class)
  ProblemDetail failed(RuntimeException e, HttpServletRequest request) {
    ProblemDetail p = problem(500, "InternalError", "the request failed; it has been logged", List.of(), request);
    log.error("{} {} failed, requestId {}", request.getMethod(), request.getRequestURI(), p.getProperties().get("requestId"), e);
    return p;
  }

  private static ProblemDetail problem(int status, String code, String message, List<String> details, HttpServletRequest request) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), message);
    p.setType(URI.create("https://cloudtrade.io/errors/" + code));
    p.setInstance(URI.create(request.getRequestURI()));
    p.setProperty("code", code);
    p.setProperty("details", details);
    request.setAttribute(RequestTracing.ERROR_CODE, code);
    Span span = TraceContext.current(); // the request's trace (RequestTracing)
    p.setProperty("requestId", span != null ? span.traceId() : UUID.randomUUID().toString());
    return p;
  }
}
