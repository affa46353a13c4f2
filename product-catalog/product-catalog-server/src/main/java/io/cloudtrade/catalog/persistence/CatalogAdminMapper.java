package io.cloudtrade.catalog.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Writes drafts and moves versions through DRAFT -> PUBLISHED -> OFFLINE. Every change of status is
 * a conditional UPDATE on the expected status (0 rows = someone else won); nothing here updates or
 * deletes what a version says. SQL in CatalogAdminMapper.xml.
 */
@Mapper
public interface CatalogAdminMapper {
  ProductRow product(@Param("productCode") String productCode);

  /** Locks the product row for the rest of the transaction. */
  ProductRow productForUpdate(@Param("productCode") String productCode);

  void insertProduct(@Param("p") ProductRow product, @Param("now") Instant now);

  void insertDraft(@Param("versionId") long versionId, @Param("productCode") String productCode, @Param("version") String version,
      @Param("productName") String productName, @Param("productType") String productType,
      @Param("renewalPolicy") String renewalPolicy, @Param("now") Instant now);

  void insertAttributes(@Param("rows") List<AttributeRow> rows);

  void insertAttributeValues(@Param("rows") List<AttributeValueRow> rows);

  void insertPrices(@Param("rows") List<PriceRow> rows);

  void insertTiers(@Param("rows") List<PriceTierRow> rows);

  void insertRules(@Param("rows") List<RuleRow> rows);

  void insertPeriodDiscounts(@Param("rows") List<PeriodDiscountRow> rows);

  CatalogVersionRow version(@Param("versionId") long versionId);

  /** Newest first. */
  List<CatalogVersionRow> versionsOf(@Param("productCode") String productCode);

  List<AttributeRow> attributesOf(@Param("versionId") long versionId);

  List<AttributeValueRow> attributeValuesOf(@Param("versionId") long versionId);

  List<PriceRow> pricesOf(@Param("versionId") long versionId);

  List<PriceTierRow> tiersOf(@Param("versionId") long versionId);

  List<RuleRow> rulesOf(@Param("versionId") long versionId);

  List<PeriodDiscountRow> periodDiscountsOf(@Param("versionId") long versionId);

  /** DRAFT -> PUBLISHED; 1 if it moved, 0 if it was not a DRAFT. */
  int publish(@Param("versionId") long versionId, @Param("effectiveFrom") Instant effectiveFrom, @Param("now") Instant now);

  /** PUBLISHED -> OFFLINE; 1 if it moved, 0 if it was not PUBLISHED. */
  int retire(@Param("versionId") long versionId, @Param("now") Instant now);

  /** Copies what a published version says about its product (name, type, renewal policy) to the product. */
  int updateProduct(@Param("productCode") String productCode, @Param("productName") String productName,
      @Param("productType") String productType, @Param("renewalPolicy") String renewalPolicy);
}
