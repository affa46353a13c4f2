package io.cloudtrade.lifecycle.application;

import io.cloudtrade.lifecycle.domain.SpecChange;
import io.cloudtrade.order.api.OrderPaidEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Hands each order event (OrderPaid, RefundRequested) to the use case of its order type: New (or
 * none) to {@link CreateInstanceForPaidOrder}, Renew to {@link RenewInstanceForPaidOrder}, Upgrade,
 * Downgrade and TemporaryUpgrade to {@link ChangeSpecForPaidOrder}, RenewChange to {@link
 * RenewAndChangeSpecForPaidOrder}, Refund to {@link ReleaseInstanceForRefund}. Any other type is
 * answered Failed: this service cannot carry it out.
 */
@Service
public class CarryOutOrder {
  static final String ORDER_TYPE_NEW = "New";
  static final String ORDER_TYPE_RENEW = "Renew";
  static final String ORDER_TYPE_REFUND = "Refund";

  private static final Logger log = LoggerFactory.getLogger(CarryOutOrder.class);

  private final CreateInstanceForPaidOrder create;
  private final RenewInstanceForPaidOrder renew;
  private final ChangeSpecForPaidOrder change;
  private final RenewAndChangeSpecForPaidOrder renewChange;
  private final ReleaseInstanceForRefund release;
  private final Deliveries deliveries;

  public CarryOutOrder(CreateInstanceForPaidOrder create, RenewInstanceForPaidOrder renew, ChangeSpecForPaidOrder change,
      RenewAndChangeSpecForPaidOrder renewChange, ReleaseInstanceForRefund release, Deliveries deliveries) {
    this.create = create;
    this.renew = renew;
    this.change = change;
    this.renewChange = renewChange;
    this.release = release;
    this.deliveries = deliveries;
  }

  /** Handles one delivery of an order event; throws (for a redelivery) when it could not finish. */
  public void on(OrderPaidEvent e) {
    String type = e.getOrderType() == null ? ORDER_TYPE_NEW : e.getOrderType();
    if (ORDER_TYPE_NEW.equals(type)) {
      create.create(e);
    } else if (ORDER_TYPE_RENEW.equals(type)) {
      renew.onRenewalPaid(e);
    } else if (SpecChange.isChange(type)) {
      change.onChangePaid(e);
    } else if (SpecChange.RENEW_CHANGE.equals(type)) {
      renewChange.onRenewChangePaid(e);
    } else if (ORDER_TYPE_REFUND.equals(type)) {
      release.onRefundRequested(e);
    } else {
      log.error("order {} refused: order type {} is not carried out by instance lifecycle", e.getOrderId(), type);
      deliveries.failed(e.getOrderId(), e.getInstanceId(), type, 0, "order type " + type + " is not supported");
    }
  }
}
