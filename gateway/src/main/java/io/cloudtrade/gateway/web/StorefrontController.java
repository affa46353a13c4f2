package io.cloudtrade.gateway.web;

import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.catalog.api.ProductSummary;
import io.cloudtrade.catalog.api.ProductView;
import io.cloudtrade.catalog.api.Quote;
import io.cloudtrade.catalog.api.QuoteLine;
import io.cloudtrade.catalog.api.QuoteRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What is for sale and what it costs; open to anyone. Every price is computed by the catalog. */
@RestController
@RequestMapping("/api")
public class StorefrontController {
  private final CatalogService catalog;

  public StorefrontController(CatalogService catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/products")
  public List<ProductSummary> products() {
    return catalog.listProducts();
  }

  @GetMapping("/products/{code}")
  public ProductView product(@PathVariable String code) {
    return ApiRejection.valueOf(catalog.describeProduct(code));
  }

  /** A configuration to price. */
  public record QuoteBody(String productCode, String subscriptionType, Integer period, String periodUnit, Map<String, String> config) {}

  @PostMapping("/quotes")
  public Map<String, Object> quote(@RequestBody QuoteBody body, HttpServletRequest request) {
    HttpSession session = request.getSession(false); // never create one for an anonymous quote
    Object signedIn = session == null ? null : session.getAttribute(SignedInAccount.SESSION_KEY);
    Quote q = ApiRejection.valueOf(catalog.quote(new QuoteRequest()
        // a signed-in customer sees the promotions limited to its account, as its order will get them
        .setAccountId(signedIn instanceof SignedInAccount a ? a.accountId() : null)
        .setProductCode(body.productCode())
        .setSubscriptionType(body.subscriptionType() == null ? "Subscription" : body.subscriptionType())
        .setPeriod(body.period() == null ? 1 : body.period())
        .setPeriodUnit(body.periodUnit() == null ? "Month" : body.periodUnit())
        .setConfig(body.config() == null ? new HashMap<>() : new HashMap<>(body.config()))));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("productCode", q.getProductCode());
    m.put("catalogVersion", q.getCatalogVersion());
    m.put("region", q.getRegion());
    m.put("config", q.getConfig());
    m.put("lines", lines(q.getLines()));
    m.put("discounts", lines(q.getDiscounts() == null ? List.of() : q.getDiscounts()));
    m.put("listPrice", q.getListPrice().toPlainString());
    m.put("discount", q.getDiscount().toPlainString());
    m.put("finalAmount", q.getFinalAmount().toPlainString());
    m.put("currency", q.getFinalAmount().currency());
    return m;
  }

  private static List<Map<String, String>> lines(List<QuoteLine> lines) {
    return lines.stream()
        .map(l -> Map.of("moduleCode", l.getModuleCode(), "description", l.getDescription(), "amount", l.getAmount().toPlainString()))
        .toList();
  }
}
