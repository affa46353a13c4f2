package io.cloudtrade.sandbox.alipay.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One verified gateway call, as a method sees it.
 *
 * @param notifyUrl the notify_url common parameter, or null
 * @param biz the parsed biz_content (an empty object when absent)
 * @param baseUrl where the sandbox is reachable, for links it answers (bills)
 */
public record OpenApiCall(String appId, String method, String notifyUrl, JsonNode biz, String baseUrl) {

  /** A biz_content field as text, or null when absent or empty. */
  public String text(String field) {
    JsonNode node = biz.get(field);
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    String value = node.asText();
    return value.isEmpty() ? null : value;
  }
}
