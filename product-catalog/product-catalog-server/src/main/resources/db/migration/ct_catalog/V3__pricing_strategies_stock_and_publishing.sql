-- Pricing strategies as data (graduated price tiers, promotions, coupons), stock-outs per region,
-- and the renewal price policy of a product. Times are UTC.

-- AGREED: renewals keep the order's catalog version; CURRENT: renewals take the version in force.
ALTER TABLE product
  ADD COLUMN renewal_policy VARCHAR(16) NOT NULL DEFAULT 'AGREED',
  ADD CONSTRAINT chk_product_renewal_policy CHECK (renewal_policy IN ('AGREED', 'CURRENT'));

-- What a draft says about its product (name, type, renewal policy); copied to product when it is
-- published. NULL for versions published before: the product's own values.
ALTER TABLE catalog_version
  ADD COLUMN product_name VARCHAR(128) NULL,
  ADD COLUMN product_type VARCHAR(32) NULL,
  ADD COLUMN renewal_policy VARCHAR(16) NULL;

-- Graduated per-unit prices of an INT_RANGE attribute, instead of a flat '*' price: tier n charges
-- unit_price per unit for the units above tier n-1's up_to and up to its own (inclusive); the last
-- tier has up_to NULL (no bound).
CREATE TABLE price_tier (
  version_id     BIGINT         NOT NULL,
  attribute_code VARCHAR(64)    NOT NULL,
  tier_no        INT            NOT NULL,
  up_to          BIGINT         NULL,
  unit_price     DECIMAL(14, 4) NOT NULL,
  PRIMARY KEY (version_id, attribute_code, tier_no),
  CONSTRAINT fk_price_tier_attribute FOREIGN KEY (version_id, attribute_code) REFERENCES attribute (version_id, attribute_code),
  CONSTRAINT chk_price_tier_not_negative CHECK (unit_price >= 0)
) ENGINE = InnoDB;

-- A percentage off a product (or one pricing module of it) in [valid_from, valid_to), optionally
-- for one subscription type, optionally only for the accounts in promotion_account (none = all).
-- new_purchases_only: renewals (quotes pinned to a catalog version) do not get it.
CREATE TABLE promotion (
  promotion_code     VARCHAR(64)  NOT NULL PRIMARY KEY,
  description        VARCHAR(256) NOT NULL,
  product_code       VARCHAR(32)  NOT NULL,
  module_code        VARCHAR(64)  NULL,
  subscription_type  VARCHAR(16)  NULL,
  new_purchases_only BOOLEAN      NOT NULL DEFAULT TRUE,
  percent_off        DECIMAL(5, 2) NOT NULL,
  valid_from         DATETIME(3)  NOT NULL,
  valid_to           DATETIME(3)  NOT NULL,
  created_at         DATETIME(3)  NOT NULL,
  CONSTRAINT fk_promotion_product FOREIGN KEY (product_code) REFERENCES product (product_code),
  CONSTRAINT chk_promotion_percent CHECK (percent_off > 0 AND percent_off <= 100),
  CONSTRAINT chk_promotion_window CHECK (valid_from < valid_to)
) ENGINE = InnoDB;

CREATE TABLE promotion_account (
  promotion_code VARCHAR(64) NOT NULL,
  account_id     BIGINT      NOT NULL,
  PRIMARY KEY (promotion_code, account_id),
  CONSTRAINT fk_promotion_account FOREIGN KEY (promotion_code) REFERENCES promotion (promotion_code)
) ENGINE = InnoDB;

-- A code for an amount or a percentage off one product (product_code NULL = every product), for a
-- quote of at least min_spend after period discount and promotions, in [valid_from, valid_to).
-- Redeeming a coupon once per account is the order service's job.
CREATE TABLE coupon (
  coupon_code  VARCHAR(64)    NOT NULL PRIMARY KEY,
  description  VARCHAR(256)   NOT NULL,
  product_code VARCHAR(32)    NULL,
  currency     CHAR(3)        NOT NULL,
  amount_off   DECIMAL(14, 2) NULL,
  percent_off  DECIMAL(5, 2)  NULL,
  min_spend    DECIMAL(14, 2) NOT NULL DEFAULT 0,
  valid_from   DATETIME(3)    NOT NULL,
  valid_to     DATETIME(3)    NOT NULL,
  created_at   DATETIME(3)    NOT NULL,
  CONSTRAINT fk_coupon_product FOREIGN KEY (product_code) REFERENCES product (product_code),
  CONSTRAINT chk_coupon_kind CHECK ((amount_off IS NULL) <> (percent_off IS NULL)),
  CONSTRAINT chk_coupon_amount CHECK (amount_off IS NULL OR amount_off > 0),
  CONSTRAINT chk_coupon_percent CHECK (percent_off IS NULL OR (percent_off > 0 AND percent_off <= 100)),
  CONSTRAINT chk_coupon_window CHECK (valid_from < valid_to)
) ENGINE = InnoDB;

-- Stock per region: a value of an attribute that cannot be bought there while sold_out is true.
-- Not versioned: it changes with the data centre, not with the catalog.
CREATE TABLE stock (
  product_code   VARCHAR(32)  NOT NULL,
  region         VARCHAR(64)  NOT NULL,
  attribute_code VARCHAR(64)  NOT NULL,
  value_code     VARCHAR(128) NOT NULL,
  sold_out       BOOLEAN      NOT NULL,
  updated_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (product_code, region, attribute_code, value_code),
  CONSTRAINT fk_stock_product FOREIGN KEY (product_code) REFERENCES product (product_code)
) ENGINE = InnoDB;

-- ---------------------------------------------------------------- ecs-2026.11.2
-- A published version is immutable, so tiered bandwidth comes as a new version: ecs-2026.11.1 with
-- the flat 23.00/Mbps replaced by Alibaba Cloud's shape, 1-5 Mbps at 23.00 and above 5 at 80.00.
INSERT INTO catalog_version (version_id, product_code, version, status, effective_from, created_at, updated_at) VALUES
  (1002, 'ecs', 'ecs-2026.11.2', 'PUBLISHED', '2026-11-24 00:00:00.000', '2026-11-24 00:00:00.000', '2026-11-24 00:00:00.000');
INSERT INTO attribute (version_id, attribute_code, attribute_name, module_code, attribute_type, min_value, max_value, step_value, unit, default_value, sort_order)
  SELECT 1002, attribute_code, attribute_name, module_code, attribute_type, min_value, max_value, step_value, unit, default_value, sort_order
  FROM attribute WHERE version_id = 1001;
INSERT INTO attribute_value (version_id, attribute_code, value_code, display_name, sort_order)
  SELECT 1002, attribute_code, value_code, display_name, sort_order FROM attribute_value WHERE version_id = 1001;
INSERT INTO price (version_id, attribute_code, value_code, when_attribute, when_value, monthly_price)
  SELECT 1002, attribute_code, value_code, when_attribute, when_value, monthly_price
  FROM price WHERE version_id = 1001 AND attribute_code <> 'InternetMaxBandwidthOut';
INSERT INTO price_tier (version_id, attribute_code, tier_no, up_to, unit_price) VALUES
  (1002, 'InternetMaxBandwidthOut', 1, 5, 23.0000),
  (1002, 'InternetMaxBandwidthOut', 2, NULL, 80.0000);
INSERT INTO constraint_rule (version_id, rule_code, kind, definition, sort_order)
  SELECT 1002, rule_code, kind, definition, sort_order FROM constraint_rule WHERE version_id = 1001;
INSERT INTO period_discount (version_id, period_unit, charged_months, per_months, description)
  SELECT 1002, period_unit, charged_months, per_months, description FROM period_discount WHERE version_id = 1001;

-- ---------------------------------------------------------------- promotions, coupon, stock
INSERT INTO promotion (promotion_code, description, product_code, module_code, subscription_type, new_purchases_only, percent_off, valid_from, valid_to, created_at) VALUES
  ('ECS-WINTER-15', 'Winter sale: 15% off ECS instance types', 'ecs', 'instance_type', 'Subscription', TRUE, 15.00,
   '2026-11-01 00:00:00.000', '2027-12-31 00:00:00.000', '2026-11-24 00:00:00.000'),
  ('ECS-LAUNCH-30', 'Launch offer: 30% off ECS (ended)', 'ecs', NULL, NULL, TRUE, 30.00,
   '2026-01-01 00:00:00.000', '2026-02-01 00:00:00.000', '2026-11-24 00:00:00.000');

INSERT INTO coupon (coupon_code, description, product_code, currency, amount_off, percent_off, min_spend, valid_from, valid_to, created_at) VALUES
  ('WELCOME50', '50.00 off orders of 300.00 or more', NULL, 'CNY', 50.00, NULL, 300.00,
   '2026-11-01 00:00:00.000', '2027-12-31 00:00:00.000', '2026-11-24 00:00:00.000');

INSERT INTO stock (product_code, region, attribute_code, value_code, sold_out, updated_at) VALUES
  ('ecs', 'cn-beijing', 'InstanceType', 'ecs.g7.xlarge', TRUE, '2026-11-24 00:00:00.000');
