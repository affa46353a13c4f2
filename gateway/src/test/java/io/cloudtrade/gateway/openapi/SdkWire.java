package io.cloudtrade.gateway.openapi;

import com.aliyun.tea.TeaModel;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads an action's Data the way the official SDK does: our JSON, its parser, its response model. */
final class SdkWire {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SdkWire() {}

  /** The JSON of a successful answer carrying {@code data} (left out when null, as the controller does). */
  static String answer(Object data) throws Exception {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("RequestId", "R1");
    answer.put("Code", "Success");
    answer.put("Message", "Successful!");
    answer.put("Success", true);
    if (data != null) {
      answer.put("Data", data);
    }
    return JSON.writeValueAsString(answer);
  }

  @SuppressWarnings("unchecked")
  static <T extends TeaModel> T read(Object data, T body) throws Exception {
    Object parsed = com.aliyun.teautil.Common.readAsJSON(new ByteArrayInputStream(answer(data).getBytes()));
    return TeaModel.toModel((Map<String, Object>) parsed, body);
  }
}
