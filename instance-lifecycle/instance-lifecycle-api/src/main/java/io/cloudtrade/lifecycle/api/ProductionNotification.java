package io.cloudtrade.lifecycle.api;

import io.cloudtrade.kernel.BusinessField;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/** Published on {@link ProductionEvents#TOPIC}, tagged with the product code: tells a product's control plane what to produce. */
public class ProductionNotification implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public static final String CREATE = "CREATE";
  public static final String MODIFY = "MODIFY";
  public static final String RELEASE = "RELEASE";
  public static final String STOP = "STOP";
  public static final String START = "START";

  /** unique per attempt */
  private String notificationId;
  @BusinessField("instanceId")
  private String instanceId;
  /** the order carried out; 0 for a STOP or RELEASE at expiry, which no order asks for */
  @BusinessField("orderId")
  private long orderId;
  @BusinessField("accountId")
  private long accountId;
  @BusinessField("productCode")
  private String productCode;
  private String region;
  /** the trading center that owns the instance, e.g. {@code cn} */
  private String center;
  /**
   * {@code CREATE}; {@code MODIFY} (apply {@code spec} as version {@code specVersion}, also to revert
   * a temporary upgrade); {@code RELEASE} (for a Refund order, or when an expired subscription's
   * grace period ends); {@code STOP} (the subscription expired: stop the resource, keep its data);
   * {@code START} (an expired subscription was renewed: start it again). See the constants.
   */
  private String action;
  private int specVersion;
  /**
   * grows with every notification of the instance (a copy sent again keeps its sequence): a control
   * plane that has acted on a higher sequence of the instance ignores a lower one arriving late, e.g.
   * a STOP sent again after the renewal's START
   */
  private int sequence;
  private Map<String, String> spec;

  public String getNotificationId() {
    return notificationId;
  }

  public ProductionNotification setNotificationId(String notificationId) {
    this.notificationId = notificationId;
    return this;
  }

  public String getInstanceId() {
    return instanceId;
  }

  public ProductionNotification setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  public long getOrderId() {
    return orderId;
  }

  public ProductionNotification setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public long getAccountId() {
    return accountId;
  }

  public ProductionNotification setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public String getProductCode() {
    return productCode;
  }

  public ProductionNotification setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getRegion() {
    return region;
  }

  public ProductionNotification setRegion(String region) {
    this.region = region;
    return this;
  }

  public String getCenter() {
    return center;
  }

  public ProductionNotification setCenter(String center) {
    this.center = center;
    return this;
  }

  public String getAction() {
    return action;
  }

  public ProductionNotification setAction(String action) {
    this.action = action;
    return this;
  }

  public int getSequence() {
    return sequence;
  }

  public ProductionNotification setSequence(int sequence) {
    this.sequence = sequence;
    return this;
  }

  public int getSpecVersion() {
    return specVersion;
  }

  public ProductionNotification setSpecVersion(int specVersion) {
    this.specVersion = specVersion;
    return this;
  }

  public Map<String, String> getSpec() {
    return spec;
  }

  public ProductionNotification setSpec(Map<String, String> spec) {
    this.spec = spec;
    return this;
  }

  @Override
  public String toString() {
    return "ProductionNotification{" + "notificationId=" + notificationId + ", " + "instanceId=" + instanceId + ", " + "orderId=" + orderId + ", " + "accountId=" + accountId + ", " + "productCode=" + productCode + ", " + "region=" + region + ", " + "center=" + center + ", " + "action=" + action + ", " + "specVersion=" + specVersion + ", " + "sequence=" + sequence + ", " + "spec=" + spec + "}";
  }
}
