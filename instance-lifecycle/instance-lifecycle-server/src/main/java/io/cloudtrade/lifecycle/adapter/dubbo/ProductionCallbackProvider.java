package io.cloudtrade.lifecycle.adapter.dubbo;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.ProductionAck;
import io.cloudtrade.lifecycle.api.ProductionCallback;
import io.cloudtrade.lifecycle.application.AcknowledgeProduction;
import org.apache.dubbo.config.annotation.DubboService;

/** Exports {@link ProductionCallback} to control planes over Dubbo; the work is in {@link AcknowledgeProduction}. */
@DubboService
public class ProductionCallbackProvider implements ProductionCallback {
  private final AcknowledgeProduction acknowledgements;

  public ProductionCallbackProvider(AcknowledgeProduction acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  @Override
  public Outcome<InstanceView> acknowledgeProduction(ProductionAck ack) {
    return acknowledgements.acknowledge(ack);
  }
}
