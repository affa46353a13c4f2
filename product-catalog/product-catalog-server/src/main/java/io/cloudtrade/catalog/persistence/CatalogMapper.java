package io.cloudtrade.catalog.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/**
 * Reads the published and retired catalog versions and what belongs to them, plus promotions,
 * coupons and stock-outs. Every version query is limited to versions in status PUBLISHED or OFFLINE
 * (never drafts); run them in one read-only transaction for a consistent snapshot. SQL in
 * CatalogMapper.xml.
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

  /** Ordered by version, attribute and tier. */
  List<PriceTierRow> publishedTiers();

  List<PromotionRow> promotions();

  List<PromotionAccountRow> promotionAccounts();

  List<CouponRow> coupons();

  /** Only the values sold out. */
  List<StockOutRow> soldOut();

}
