package io.cloudtrade.catalog.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/**
 * Reads the published catalog versions and what belongs to them. Every query is limited to
 * versions in status PUBLISHED; run them in one read-only transaction for a consistent snapshot.
 * SQL in CatalogMapper.xml.
 */
@Mapper
public interface CatalogMapper {
  List<CatalogVersionRow> publishedVersions();

  /** Ordered by version and sort_order. */
  List<AttributeRow> publishedAttributes();

  /** Ordered by version, attribute and sort_order. */
  List<AttributeValueRow> publishedAttributeValues();

  List<PriceRow> publishedPrices();

  /** Ordered by version and sort_order. */
  List<RuleRow> publishedRules();

  List<PeriodDiscountRow> publishedPeriodDiscounts();

}
