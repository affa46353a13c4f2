package io.cloudtrade.reseller.adapter.dubbo;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.BusinessModelView;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.CreditRequest;
import io.cloudtrade.reseller.api.CustomerStatusRequest;
import io.cloudtrade.reseller.api.OnboardResellerRequest;
import io.cloudtrade.reseller.api.OrderPlan;
import io.cloudtrade.reseller.api.OrderPlanRequest;
import io.cloudtrade.reseller.api.QuotaRequest;
import io.cloudtrade.reseller.api.RegisterAccountRequest;
import io.cloudtrade.reseller.api.ResellerService;
import io.cloudtrade.reseller.api.ResellerView;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import io.cloudtrade.reseller.api.RuleSetView;
import io.cloudtrade.reseller.application.CreditLedger;
import io.cloudtrade.reseller.application.CustomerQuotas;
import io.cloudtrade.reseller.application.CustomerStatus;
import io.cloudtrade.reseller.application.DefineBusinessModel;
import io.cloudtrade.reseller.application.DescribeReseller;
import io.cloudtrade.reseller.application.OnboardReseller;
import io.cloudtrade.reseller.application.PlanOrder;
import io.cloudtrade.reseller.application.PublishRules;
import io.cloudtrade.reseller.application.ResellerCustomers;
import java.util.ArrayList;
import org.apache.dubbo.config.annotation.DubboService;

/**
 * Exports {@link ResellerService} over Dubbo; the work is in the application use cases. Like the
 * other providers it carries no monitoring annotation: the monitoring agent's provider filter
 * records every call (service ResellerService, operation = the method's name).
 */
@DubboService
public class ResellerServiceProvider implements ResellerService {
  private final DefineBusinessModel businessModels;
  private final OnboardReseller onboarding;
  private final PublishRules publishing;
  private final DescribeReseller resellers;
  private final ResellerCustomers customers;
  private final CustomerQuotas quotas;
  private final CustomerStatus statuses;
  private final PlanOrder planning;
  private final CreditLedger credit;

  public ResellerServiceProvider(DefineBusinessModel businessModels, OnboardReseller onboarding, PublishRules publishing,
      DescribeReseller resellers, ResellerCustomers customers, CustomerQuotas quotas, CustomerStatus statuses,
      PlanOrder planning, CreditLedger credit) {
    this.businessModels = businessModels;
    this.onboarding = onboarding;
    this.publishing = publishing;
    this.resellers = resellers;
    this.customers = customers;
    this.quotas = quotas;
    this.statuses = statuses;
    this.planning = planning;
    this.credit = credit;
  }

  @Override
  public Outcome<BusinessModelView> defineBusinessModel(BusinessModelDefinition definition) {
    return businessModels.define(definition);
  }

  @Override
  public Outcome<ArrayList<BusinessModelView>> listBusinessModels() {
    return businessModels.list();
  }

  @Override
  public Outcome<ResellerView> onboardReseller(OnboardResellerRequest request) {
    return onboarding.onboard(request);
  }

  @Override
  public Outcome<RuleSetView> publishRules(long resellerId, RuleSetDefinition rules) {
    return publishing.publish(resellerId, rules);
  }

  @Override
  public Outcome<ResellerView> getReseller(long resellerId) {
    return resellers.describe(resellerId);
  }

  @Override
  public Outcome<Caller> registerCustomer(long resellerId, RegisterAccountRequest request) {
    return customers.registerCustomer(resellerId, request);
  }

  @Override
  public Outcome<ArrayList<Long>> customerIds(long resellerId) {
    return customers.customerIds(resellerId);
  }

  @Override
  public Outcome<Caller> customerOf(long resellerId, long customerId) {
    return customers.customerOf(resellerId, customerId);
  }

  @Override
  public Outcome<Boolean> setCustomerQuota(QuotaRequest request) {
    return quotas.setCustomerQuota(request);
  }

  @Override
  public Outcome<Money> availableQuota(long resellerId, long customerId) {
    return quotas.availableQuota(resellerId, customerId);
  }

  @Override
  public Outcome<Boolean> setCustomerStatus(CustomerStatusRequest request) {
    return statuses.setCustomerStatus(request);
  }

  @Override
  public Outcome<OrderPlan> planOrder(OrderPlanRequest request) {
    return planning.plan(request);
  }

  @Override
  public Outcome<Boolean> reserveCredit(CreditRequest request) {
    return credit.reserve(request);
  }

  @Override
  public Outcome<Boolean> releaseCredit(CreditRequest request) {
    return credit.release(request);
  }
}
