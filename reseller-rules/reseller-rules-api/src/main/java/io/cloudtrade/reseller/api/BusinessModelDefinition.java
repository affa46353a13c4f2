package io.cloudtrade.reseller.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A reseller business model, as configuration: who pays, which price the customer sees, what the reseller earns, whose brand is shown and which order steps it may run. Immutable once defined. */
public class BusinessModelDefinition implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** lower-case letters, digits and '-', 2 to 32 characters; unique */
  private String code;
  /** for people */
  private String name;
  /** CUSTOMER or RESELLER: whose balance pays, unless the reseller's paymentMode table says otherwise */
  private String payer;
  /** LIST (CloudTrade's price) or RESELLER (the reseller's own price, from its customerPrice table) */
  private String customerPrice;
  /** NONE, COMMISSION (a share of what the customer paid, from the commission table) or MARGIN (customer price minus the reseller's cost) */
  private String earning;
  /** CLOUDTRADE or RESELLER: whose name the customer sees as the seller */
  private String brand;
  /** the order steps this model runs where its rules ask for them, in this order: any of PRICE_ADJUSTMENT, CREDIT_CHECK, APPROVAL, NOTIFY_RESELLER, each once */
  private List<String> steps;

  public String getCode() {
    return code;
  }

  public BusinessModelDefinition setCode(String code) {
    this.code = code;
    return this;
  }

  public String getName() {
    return name;
  }

  public BusinessModelDefinition setName(String name) {
    this.name = name;
    return this;
  }

  public String getPayer() {
    return payer;
  }

  public BusinessModelDefinition setPayer(String payer) {
    this.payer = payer;
    return this;
  }

  public String getCustomerPrice() {
    return customerPrice;
  }

  public BusinessModelDefinition setCustomerPrice(String customerPrice) {
    this.customerPrice = customerPrice;
    return this;
  }

  public String getEarning() {
    return earning;
  }

  public BusinessModelDefinition setEarning(String earning) {
    this.earning = earning;
    return this;
  }

  public String getBrand() {
    return brand;
  }

  public BusinessModelDefinition setBrand(String brand) {
    this.brand = brand;
    return this;
  }

  public List<String> getSteps() {
    return steps;
  }

  public BusinessModelDefinition setSteps(List<String> steps) {
    this.steps = steps;
    return this;
  }

  @Override
  public String toString() {
    return "BusinessModelDefinition{" + "code=" + code + ", " + "name=" + name + ", " + "payer=" + payer + ", " + "customerPrice=" + customerPrice + ", " + "earning=" + earning + ", " + "brand=" + brand + ", " + "steps=" + steps + "}";
  }
}
