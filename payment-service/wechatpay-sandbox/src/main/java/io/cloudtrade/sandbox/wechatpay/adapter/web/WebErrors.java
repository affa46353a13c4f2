package io.cloudtrade.sandbox.wechatpay.adapter.web;

import io.cloudtrade.sandbox.wechatpay.domain.ErrorCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors in WeChat Pay's JSON shape ({@code code}, {@code message}), so that v3 errors are signed
 * like every other answer and bad input never becomes a 500.
 */
@RestControllerAdvice
class WebErrors {
  private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

  @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
      TypeMismatchException.class})
  ResponseEntity<Object> badInput(Exception e) {
    return JsonResponses.error(HttpStatus.BAD_REQUEST, ErrorCodes.PARAM_ERROR, "参数错误: " + e.getMessage());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<Object> notFound(NoResourceFoundException e) {
    return JsonResponses.error(HttpStatus.NOT_FOUND, ErrorCodes.NOT_FOUND, "no such API: /" + e.getResourcePath());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Object> wrongMethod(HttpRequestMethodNotSupportedException e) {
    return JsonResponses.error(HttpStatus.METHOD_NOT_ALLOWED, ErrorCodes.INVALID_REQUEST, e.getMessage());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Object> wrongMediaType(HttpMediaTypeNotSupportedException e) {
    return JsonResponses.error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCodes.INVALID_REQUEST, e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> failure(Exception e) {
    log.error("sandbox failure", e);
    return JsonResponses.error(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCodes.SYSTEM_ERROR, "系统错误: " + e);
  }
}
