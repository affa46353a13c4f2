package io.cloudtrade.reseller.persistence;

import java.time.Instant;

/** A row of webhook_delivery: one order event to be posted to a reseller's webhook. */
public class WebhookDeliveryRow {
  /**
   * The states of a delivery, and the only moves between them (each a conditional UPDATE of {@link
   * WebhookDeliveryMapper}): PENDING to PENDING (claimed for an attempt, or rescheduled after a
   * failed one), PENDING to DELIVERED (a 2xx answer), PENDING to DEAD (attempts spent, or no webhook
   * configured any more). DELIVERED and DEAD are final.
   */
  public enum Status {
    PENDING,
    DELIVERED,
    DEAD
  }

  public long deliveryId;
  public long resellerId;
  /** UNIQUE: {@code <eventType>-<orderId>} */
  public String eventKey;
  /** the order event's tag: OrderPaid or RefundRequested */
  public String eventType;
  /** the JSON body sent, as built when the event arrived */
  public String payload;
  public String status;
  /** attempts claimed so far */
  public int attempts;
  /** when the delivery is due; while an attempt runs, the end of its lease */
  public Instant nextAttemptAt;
  /** the HTTP status of the last answer, null if there was none (timeout, refused connection) */
  public Integer lastStatusCode;
  public String lastError;
  public Instant createdAt;
  public Instant deliveredAt;
}
