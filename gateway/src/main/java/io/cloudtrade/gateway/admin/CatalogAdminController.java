package io.cloudtrade.gateway.admin;

import io.cloudtrade.catalog.api.CatalogAdminService;
import io.cloudtrade.catalog.api.CatalogVersionView;
import io.cloudtrade.catalog.api.ProductDefinition;
import io.cloudtrade.gateway.web.ApiRejection;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Versioned publishing of the catalog for operators (HTTP Basic, {@link OperatorAuthentication}),
 * over {@link CatalogAdminService}. Rejections are problem+json with the catalog's error code: 404
 * for {@code CatalogVersion.NotFound}, 400 otherwise.
 */
@RestController
@RequestMapping("/admin/api")
public class CatalogAdminController {
  private static final Logger log = LoggerFactory.getLogger(CatalogAdminController.class);
  private final CatalogAdminService admin;

  public CatalogAdminController(CatalogAdminService admin) {
    this.admin = admin;
  }

  /** Writes a new draft version of a product (creating the product if it is new); answers its id. */
  @PostMapping("/products/{code}/versions")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> createDraft(@PathVariable String code, @RequestBody ProductDefinition definition, HttpServletRequest request) {
    long id = ApiRejection.valueOf(admin.createDraft(code, definition));
    log.info("operator {} created draft {} of {}", request.getAttribute(OperatorAuthentication.OPERATOR), id, code);
    return Map.of("versionId", id, "productCode", code, "status", "DRAFT");
  }

  /** Every version of a product, newest first. */
  @GetMapping("/products/{code}/versions")
  public List<CatalogVersionView> versions(@PathVariable String code) {
    return admin.listVersions(code);
  }

  /** One version with its definition. */
  @GetMapping("/versions/{id}")
  public CatalogVersionView version(@PathVariable long id) {
    return ApiRejection.valueOf(admin.describeVersion(id));
  }

  /** Every problem of a version; {@code valid} when there is none. */
  @PostMapping("/versions/{id}/validate")
  public Map<String, Object> validate(@PathVariable long id) {
    List<String> problems = ApiRejection.valueOf(admin.validateDraft(id));
    return Map.of("versionId", id, "valid", problems.isEmpty(), "problems", problems);
  }

  /** What to publish: when the version takes effect (UTC, ISO 8601); null or absent means now. */
  public record PublishBody(Instant effectiveFrom) {}

  /** Publishes a valid draft. */
  @PostMapping("/versions/{id}/publish")
  public CatalogVersionView publish(@PathVariable long id, @RequestBody(required = false) PublishBody body, HttpServletRequest request) {
    CatalogVersionView v = ApiRejection.valueOf(admin.publish(id, body == null ? null : body.effectiveFrom()));
    log.info("operator {} published {} effective from {}", request.getAttribute(OperatorAuthentication.OPERATOR), v.getVersion(),
        v.getEffectiveFrom());
    return v;
  }

  /** Takes a published version off sale. */
  @PostMapping("/versions/{id}/retire")
  public CatalogVersionView retire(@PathVariable long id, HttpServletRequest request) {
    CatalogVersionView v = ApiRejection.valueOf(admin.retire(id));
    log.info("operator {} retired {}", request.getAttribute(OperatorAuthentication.OPERATOR), v.getVersion());
    return v;
  }
}
