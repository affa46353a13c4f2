package io.cloudtrade.sandbox.wechatpay.adapter.web;

import io.cloudtrade.sandbox.wechatpay.application.Payer;
import io.cloudtrade.sandbox.wechatpay.domain.ErrorCodes;
import io.cloudtrade.sandbox.wechatpay.domain.Outcome;
import io.cloudtrade.sandbox.wechatpay.domain.Rejection;
import io.cloudtrade.sandbox.wechatpay.protocol.V3Views;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** JSON answers in WeChat Pay's shape: the value, or {@code {"code","message"}} with the code's HTTP status. */
final class JsonResponses {
  private JsonResponses() {
  }

  static <T> ResponseEntity<Object> of(Outcome<T> outcome, Function<T, Object> view) {
    return outcome.isOk() ? ok(view.apply(outcome.value())) : rejected(outcome.rejection());
  }

  static ResponseEntity<Object> ok(Object body) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  static ResponseEntity<Object> rejected(Rejection r) {
    return error(status(r.code()), r.code(), r.message());
  }

  static ResponseEntity<Object> error(HttpStatus status, String code, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(V3Views.error(code, message));
  }

  static HttpStatus status(String code) {
    return switch (code) {
      case ErrorCodes.ORDER_NOT_EXIST, ErrorCodes.RESOURCE_NOT_EXISTS, ErrorCodes.NOT_FOUND -> HttpStatus.NOT_FOUND;
      case ErrorCodes.SIGN_ERROR -> HttpStatus.UNAUTHORIZED;
      case ErrorCodes.SYSTEM_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
      case Payer.STATE_CONFLICT -> HttpStatus.CONFLICT;
      default -> HttpStatus.BAD_REQUEST;
    };
  }
}
