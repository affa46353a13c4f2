package io.cloudtrade.sandbox.alipay.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one gateway call answers inside its response node: Alipay's code and msg, the sub_code and
 * sub_msg of a rejection, then the method's own fields (in order). Business rejections are values of
 * this type, never exceptions.
 */
public record OpenApiResult(String code, String msg, String subCode, String subMsg, Map<String, Object> fields) {
  /** The call succeeded. */
  public static final String SUCCESS = "10000";
  /** alipay.trade.pay accepted the order; the buyer has yet to confirm (WAIT_BUYER_PAY). */
  public static final String IN_PROCESS = "10003";
  public static final String MISSING_ARGUMENTS = "40001";
  public static final String INVALID_ARGUMENTS = "40002";
  public static final String BUSINESS_FAILED = "40004";

  public OpenApiResult {
    fields = fields == null ? new LinkedHashMap<>() : new LinkedHashMap<>(fields);
  }

  public static OpenApiResult success(Map<String, Object> fields) {
    return new OpenApiResult(SUCCESS, "Success", null, null, fields);
  }

  public static OpenApiResult inProcess(Map<String, Object> fields) {
    return new OpenApiResult(IN_PROCESS, "order success pay inprocess", null, null, fields);
  }

  public static OpenApiResult businessFailed(String subCode, String subMsg) {
    return businessFailed(subCode, subMsg, Map.of());
  }

  public static OpenApiResult businessFailed(String subCode, String subMsg, Map<String, Object> fields) {
    return new OpenApiResult(BUSINESS_FAILED, "Business Failed", subCode, subMsg, fields);
  }

  public static OpenApiResult missingArguments(String subCode, String subMsg) {
    return new OpenApiResult(MISSING_ARGUMENTS, "Missing Required Arguments", subCode, subMsg, Map.of());
  }

  public static OpenApiResult invalidArguments(String subCode, String subMsg) {
    return new OpenApiResult(INVALID_ARGUMENTS, "Invalid Arguments", subCode, subMsg, Map.of());
  }

  /** The response node: code, msg, sub_code, sub_msg, then the fields (null ones left out). */
  public Map<String, Object> toNode() {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("code", code);
    node.put("msg", msg);
    if (subCode != null) {
      node.put("sub_code", subCode);
      node.put("sub_msg", subMsg);
    }
    fields.forEach((k, v) -> {
      if (v != null) {
        node.put(k, v);
      }
    });
    return node;
  }
}
