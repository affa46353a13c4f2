package io.cloudtrade.lifecycle.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudtrade.lifecycle.api.InstanceStatus;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns instance rows into contract views, and specifications into and out of their JSON column. */
final class InstanceViews {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, String>> SPEC = new TypeReference<>() {};

  private InstanceViews() {}

  static String specJson(Map<String, String> spec) {
    try {
      return JSON.writeValueAsString(spec == null ? Map.of() : spec);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("specification is not writable as JSON", e);
    }
  }

  static LinkedHashMap<String, String> spec(String json) {
    try {
      return JSON.readValue(json, SPEC);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored specification is not JSON: " + json, e);
    }
  }

  static InstanceView view(InstanceRow r) {
    return new InstanceView()
        .setInstanceId(r.instanceId)
        .setAccountId(r.accountId)
        .setOrderId(r.orderId)
        .setProductCode(r.productCode)
        .setProductType(r.productType)
        .setRegion(r.region)
        .setSubscriptionType(r.subscriptionType)
        .setStatus(r.status)
        .setSubStatus(r.subStatus)
        .setRenewStatus(r.renewStatus)
        .setSpec(spec(r.spec))
        .setSpecVersion(r.specVersion)
        .setResourceId(r.resourceId)
        .setCreateTime(r.createTime)
        .setStartTime(r.startTime)
        .setEndTime(r.endTime)
        .setReleaseTime(InstanceStatus.RELEASED.equals(r.status) ? r.releaseTime : null)
        .setStopTime(r.stopTime)
        .setSeller(r.seller == null ? "CloudTrade" : r.seller)
        .setExpectedReleaseTime(InstanceStatus.EXPIRED.equals(r.status) ? r.releaseTime : null)
        .setFailureReason(r.failureReason);
  }
}
