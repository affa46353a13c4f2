package io.cloudtrade.gateway.openapi;

import io.cloudtrade.catalog.api.AttributeValue;
import io.cloudtrade.catalog.api.AttributeView;
import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.catalog.api.ProductSummary;
import io.cloudtrade.catalog.api.ProductView;
import io.cloudtrade.catalog.api.Quote;
import io.cloudtrade.catalog.api.QuoteLine;
import io.cloudtrade.catalog.api.QuoteRequest;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.PriceLine;
import io.cloudtrade.order.api.RenewalPrice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The catalog's BSS actions: QueryProductList, DescribePricingModule and GetSubscriptionPrice (new
 * purchases, and renewals of an instance at the price its order agreed). Every price comes from the
 * catalog's quote, the same one an order is placed at. Amounts go on the wire as
 * JSON decimal numbers (the SDK's models read them as numbers), computed from {@link Money}, never
 * from a double.
 */
@Component
public class BssCatalogActions {
  private static final List<String> SUBSCRIPTION_TYPES = List.of("Subscription", "PayAsYouGo");

  private final CatalogService catalog;
  private final OrderService orders;

  public BssCatalogActions(CatalogService catalog, OrderService orders) {
    this.catalog = catalog;
    this.orders = orders;
  }

  /** One row per product and subscription type, as BSS lists them. */
  Object queryProductList(BssParameters p) {
    int pageNum = positive(p.integer("PageNum"), 1, "PageNum");
    int pageSize = positive(p.integer("PageSize"), 20, "PageSize");
    if (pageSize > 100) {
      throw new BssException(400, CommonErrors.INVALID_PARAMETER, "PageSize must be at most 100");
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ProductSummary s : catalog.listProducts()) {
      for (String subscriptionType : SUBSCRIPTION_TYPES) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ProductCode", s.getProductCode());
        m.put("ProductName", s.getProductName());
        m.put("ProductType", s.getProductType());
        m.put("SubscriptionType", subscriptionType);
        rows.add(m);
      }
    }
    int from = Math.min(rows.size(), (pageNum - 1) * pageSize);
    int to = Math.min(rows.size(), from + pageSize);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("PageNum", pageNum);
    data.put("PageSize", pageSize);
    data.put("TotalCount", rows.size());
    data.put("ProductList", Map.of("Product", rows.subList(from, to)));
    return data;
  }

  /** The product's pricing modules and the attributes (config items) of each, with their values. */
  Object describePricingModule(BssParameters p) {
    String subscriptionType = subscriptionType(p);
    ProductView product = value(catalog.describeProduct(p.required("ProductCode")));
    Map<String, List<String>> configOfModule = new LinkedHashMap<>();
    List<Map<String, Object>> attributes = new ArrayList<>();
    for (AttributeView a : product.getAttributes()) {
      configOfModule.computeIfAbsent(a.getModuleCode(), m -> new ArrayList<>()).add(a.getCode());
      Map<String, Object> attr = new LinkedHashMap<>();
      attr.put("Code", a.getCode());
      attr.put("Name", a.getName());
      attr.put("Unit", a.getUnit());
      attr.put("Values", Map.of("AttributeValue", values(a)));
      attributes.add(attr);
    }
    List<Map<String, Object>> modules = new ArrayList<>();
    configOfModule.forEach((module, config) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ModuleCode", module);
      m.put("ModuleName", module);
      m.put("PriceType", "Subscription".equals(subscriptionType) ? "Month" : "Hour");
      m.put("Currency", product.getCurrency());
      m.put("ConfigList", Map.of("ConfigList", config));
      modules.add(m);
    });
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("ModuleList", Map.of("Module", modules));
    data.put("AttributeList", Map.of("Attribute", attributes));
    return data;
  }

  /**
   * The price of a new purchase. ModuleList.N.Config carries {@code Attribute:Value} pairs separated
   * by commas, as the console's price calculator sends them; Region and Quantity are optional.
   */
  Object getSubscriptionPrice(long account, BssParameters p) {
    String subscriptionType = subscriptionType(p);
    String orderType = p.text("OrderType") == null ? "NewOrder" : p.text("OrderType");
    if ("Renewal".equals(orderType)) {
      return renewalPrice(account, p);
    }
    if (!"NewOrder".equals(orderType)) {
      throw new BssException(400, CommonErrors.INVALID_PARAMETER,
          "OrderType " + orderType + " is not priced by this API yet; NewOrder and Renewal are");
    }
    int quantity = positive(p.integer("Quantity"), 1, "Quantity");
    if (quantity > 1000) {
      throw new BssException(400, CommonErrors.INVALID_PARAMETER, "Quantity must be at most 1000");
    }
    boolean prepaid = "Subscription".equals(subscriptionType);
    int period = prepaid ? positive(p.integer("ServicePeriodQuantity"), 1, "ServicePeriodQuantity") : 1;
    String unit = prepaid ? (p.text("ServicePeriodUnit") == null ? "Month" : p.text("ServicePeriodUnit")) : "Hour";
    Map<String, String> config = moduleConfig(p);
    if (p.text("Region") != null) {
      config.put("Region", p.text("Region"));
    }
    Quote q = value(catalog.quote(new QuoteRequest().setAccountId(account).setProductCode(p.required("ProductCode"))
        .setSubscriptionType(subscriptionType).setPeriod(period).setPeriodUnit(unit).setConfig(new HashMap<>(config))));

    List<Map<String, Object>> modules = new ArrayList<>();
    for (QuoteLine line : q.getLines()) {
      Money moduleDiscount = Money.zero(line.getAmount().currency());
      for (QuoteLine d : discounts(q)) {
        if (line.getModuleCode().equals(d.getModuleCode())) {
          moduleDiscount = moduleDiscount.plus(d.getAmount());
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ModuleCode", line.getModuleCode());
      m.put("OriginalCost", number(line.getAmount().times(quantity)));
      m.put("InvoiceDiscount", number(moduleDiscount.times(quantity)));
      m.put("CostAfterDiscount", number(line.getAmount().minus(moduleDiscount).times(quantity)));
      m.put("UnitPrice", number(line.getAmount()));
      modules.add(m);
    }
    List<Map<String, Object>> promotions = new ArrayList<>();
    for (QuoteLine d : discounts(q)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("PromotionName", d.getModuleCode());
      m.put("PromotionDesc", d.getDescription());
      promotions.add(m);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("Currency", q.getFinalAmount().currency());
    data.put("Quantity", quantity);
    data.put("OriginalPrice", number(q.getListPrice().times(quantity)));
    data.put("DiscountPrice", number(q.getDiscount().times(quantity)));
    data.put("TradePrice", number(q.getFinalAmount().times(quantity)));
    data.put("ModuleDetails", Map.of("ModuleDetail", modules));
    data.put("PromotionDetails", Map.of("PromotionDetail", promotions));
    return data;
  }

  /**
   * The price of renewing an instance for ServicePeriodQuantity x ServicePeriodUnit, at the catalog
   * version its order was agreed under (the order service decides, by the product's policy).
   */
  private Object renewalPrice(long account, BssParameters p) {
    int period = positive(p.integer("ServicePeriodQuantity"), 1, "ServicePeriodQuantity");
    String unit = p.text("ServicePeriodUnit") == null ? "Month" : p.text("ServicePeriodUnit");
    RenewalPrice r = value(orders.priceRenewal(account, p.required("InstanceId"), period, unit));
    List<Map<String, Object>> modules = new ArrayList<>();
    for (PriceLine line : r.getLines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ModuleCode", line.getModuleCode());
      m.put("OriginalCost", number(line.getAmount()));
      m.put("InvoiceDiscount", number(Money.zero(line.getAmount().currency())));
      m.put("CostAfterDiscount", number(line.getAmount()));
      m.put("UnitPrice", number(line.getAmount()));
      modules.add(m);
    }
    List<Map<String, Object>> promotions = new ArrayList<>();
    for (PriceLine d : r.getDiscounts()) {
      promotions.add(Map.of("PromotionName", d.getModuleCode(), "PromotionDesc", d.getDescription()));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("Currency", r.getAmount().currency());
    data.put("Quantity", 1);
    data.put("OriginalPrice", number(r.getListPrice()));
    data.put("DiscountPrice", number(r.getDiscount()));
    data.put("TradePrice", number(r.getAmount()));
    data.put("ModuleDetails", Map.of("ModuleDetail", modules));
    data.put("PromotionDetails", Map.of("PromotionDetail", promotions));
    return data;
  }

  /** All ModuleList.N.Config pairs merged into one configuration; a pair named twice is an error. */
  static Map<String, String> moduleConfig(BssParameters p) {
    Map<String, String> config = new LinkedHashMap<>();
    for (int i = 1; i <= 100; i++) {
      String pairs = p.text("ModuleList." + i + ".Config");
      if (pairs == null) {
        continue;
      }
      for (String pair : pairs.split(",")) {
        if (pair.isBlank()) {
          continue;
        }
        int colon = pair.indexOf(':');
        if (colon <= 0) {
          throw new BssException(400, CommonErrors.INVALID_PARAMETER,
              "ModuleList." + i + ".Config must be Attribute:Value pairs separated by commas, got " + pair);
        }
        String key = pair.substring(0, colon).trim();
        if (config.put(key, pair.substring(colon + 1).trim()) != null) {
          throw new BssException(400, CommonErrors.INVALID_PARAMETER, "the configuration names " + key + " twice");
        }
      }
    }
    return config;
  }

  private static List<Map<String, Object>> values(AttributeView a) {
    List<Map<String, Object>> out = new ArrayList<>();
    if ("INT_RANGE".equals(a.getType())) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("Type", "range");
      v.put("Value", a.getMin() + "-" + a.getMax());
      v.put("Name", a.getMin() + "-" + a.getMax() + (a.getUnit() == null ? "" : " " + a.getUnit()));
      v.put("Remark", "step " + a.getStep() + ", default " + a.getDefaultValue());
      out.add(v);
      return out;
    }
    List<AttributeValue> values = "BOOLEAN".equals(a.getType())
        ? List.of(new AttributeValue().setValue("true").setName("true"), new AttributeValue().setValue("false").setName("false"))
        : a.getValues() == null ? List.of() : a.getValues();
    for (AttributeValue value : values) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("Type", "single");
      v.put("Value", value.getValue());
      v.put("Name", value.getName());
      v.put("Remark", value.getValue().equals(a.getDefaultValue()) ? "default" : "");
      out.add(v);
    }
    return out;
  }

  private static List<QuoteLine> discounts(Quote q) {
    return q.getDiscounts() == null ? List.of() : q.getDiscounts();
  }

  private static String subscriptionType(BssParameters p) {
    String s = p.text("SubscriptionType") == null ? "Subscription" : p.text("SubscriptionType");
    if (!SUBSCRIPTION_TYPES.contains(s)) {
      throw new BssException(400, CommonErrors.INVALID_PARAMETER, "SubscriptionType must be Subscription or PayAsYouGo");
    }
    return s;
  }

  private static int positive(Integer v, int fallback, String name) {
    if (v == null) {
      return fallback;
    }
    if (v < 1) {
      throw new BssException(400, CommonErrors.INVALID_PARAMETER, name + " must be at least 1");
    }
    return v;
  }

  private static BigDecimal number(Money m) {
    return m.toBigDecimal();
  }

  private static <T extends java.io.Serializable> T value(Outcome<T> outcome) {
    return BssActions.value(outcome);
  }
}
