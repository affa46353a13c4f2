package io.cloudtrade.reseller.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Webhook deliveries. SQL in WebhookDeliveryMapper.xml. Every change of state names the status,
 * due time and attempt count it expects (as read or as claimed), so of two pollers only one wins,
 * and a late answer to an attempt whose lease expired changes nothing.
 */
@Mapper
public interface WebhookDeliveryMapper {
  /** Enqueues a delivery; fails with a duplicate key when its event key is already enqueued. */
  int insert(WebhookDeliveryRow row);

  WebhookDeliveryRow findByEventKey(@Param("eventKey") String eventKey);

  /** Up to {@code limit} deliveries in {@code status} due at {@code now}, the longest due first. */
  List<WebhookDeliveryRow> findDue(@Param("status") String status, @Param("now") Instant now, @Param("limit") int limit);

  /**
   * Claims a due delivery for one attempt: attempts + 1 and next_attempt_at = {@code leaseUntil},
   * if it is still in {@code status} with the due time and attempts as read.
   *
   * @return 1 if claimed, 0 if another poller or a final state came first
   */
  int claim(@Param("deliveryId") long deliveryId, @Param("status") String status,
      @Param("expectedNextAttemptAt") Instant expectedNextAttemptAt, @Param("expectedAttempts") int expectedAttempts,
      @Param("leaseUntil") Instant leaseUntil);

  /**
   * Moves a claimed delivery from {@code status} to {@code newStatus} (or keeps it, for a retry),
   * if it still holds the claim ({@code leaseUntil}, {@code attempts}).
   *
   * @param nextAttemptAt when it is due again (a retry), or the claim's lease (a final state)
   * @param deliveredAt set on DELIVERED, else null
   * @return 1 if changed, 0 if the claim was lost meanwhile
   */
  int finishAttempt(@Param("deliveryId") long deliveryId, @Param("status") String status,
      @Param("leaseUntil") Instant leaseUntil, @Param("attempts") int attempts, @Param("newStatus") String newStatus,
      @Param("nextAttemptAt") Instant nextAttemptAt, @Param("lastStatusCode") Integer lastStatusCode,
      @Param("lastError") String lastError, @Param("deliveredAt") Instant deliveredAt);
}
