-- The catalog as data: products, their catalog versions, and per version the typed attributes,
-- allowed values, prices, constraint rules and period discounts. Only a PUBLISHED version whose
-- effective_from has passed is sold; the newest such version of a product is the one in force.
-- Prices are per month in major units with four decimals (per-GB prices can have sub-cent parts);
-- quotes round to the cent. Times are UTC.
CREATE TABLE product (
  product_code VARCHAR(32)  NOT NULL PRIMARY KEY,
  product_type VARCHAR(32)  NOT NULL,
  product_name VARCHAR(128) NOT NULL,
  currency     CHAR(3)      NOT NULL,
  created_at   DATETIME(3)  NOT NULL
) ENGINE = InnoDB;

CREATE TABLE catalog_version (
  version_id     BIGINT      NOT NULL PRIMARY KEY,
  product_code   VARCHAR(32) NOT NULL,
  version        VARCHAR(64) NOT NULL,
  -- DRAFT -> PUBLISHED -> OFFLINE, each change a conditional UPDATE ... WHERE status = expected
  status         VARCHAR(16) NOT NULL,
  effective_from DATETIME(3) NOT NULL,
  created_at     DATETIME(3) NOT NULL,
  updated_at     DATETIME(3) NOT NULL,
  UNIQUE KEY uk_catalog_version (version),
  KEY ix_catalog_version_status (status, product_code),
  CONSTRAINT fk_catalog_version_product FOREIGN KEY (product_code) REFERENCES product (product_code),
  CONSTRAINT chk_catalog_version_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'OFFLINE'))
) ENGINE = InnoDB;

CREATE TABLE attribute (
  version_id     BIGINT       NOT NULL,
  attribute_code VARCHAR(64)  NOT NULL,
  attribute_name VARCHAR(128) NOT NULL,
  module_code    VARCHAR(64)  NOT NULL,
  -- ENUM (values in attribute_value), INT_RANGE (min/max/step/unit) or BOOLEAN (true/false)
  attribute_type VARCHAR(16)  NOT NULL,
  min_value      BIGINT       NULL,
  max_value      BIGINT       NULL,
  step_value     BIGINT       NULL,
  unit           VARCHAR(16)  NULL,
  default_value  VARCHAR(128) NOT NULL,
  sort_order     INT          NOT NULL,
  PRIMARY KEY (version_id, attribute_code),
  CONSTRAINT fk_attribute_version FOREIGN KEY (version_id) REFERENCES catalog_version (version_id),
  CONSTRAINT chk_attribute_type CHECK (attribute_type IN ('ENUM', 'INT_RANGE', 'BOOLEAN'))
) ENGINE = InnoDB;

CREATE TABLE attribute_value (
  version_id     BIGINT       NOT NULL,
  attribute_code VARCHAR(64)  NOT NULL,
  value_code     VARCHAR(128) NOT NULL,
  display_name   VARCHAR(128) NOT NULL,
  sort_order     INT          NOT NULL,
  PRIMARY KEY (version_id, attribute_code, value_code),
  CONSTRAINT fk_attribute_value_attribute FOREIGN KEY (version_id, attribute_code) REFERENCES attribute (version_id, attribute_code)
) ENGINE = InnoDB;

-- What one attribute costs per month. value_code is the ENUM value priced, 'true' for a BOOLEAN,
-- '*' for an INT_RANGE (then monthly_price is per unit, e.g. per GB). A row with a condition
-- (when_attribute = when_value, e.g. the disk category for a per-GB disk price) wins over one
-- without ('' = unconditional). An attribute or value without a matching row costs nothing.
CREATE TABLE price (
  version_id     BIGINT         NOT NULL,
  attribute_code VARCHAR(64)    NOT NULL,
  value_code     VARCHAR(128)   NOT NULL,
  when_attribute VARCHAR(64)    NOT NULL DEFAULT '',
  when_value     VARCHAR(128)   NOT NULL DEFAULT '',
  monthly_price  DECIMAL(14, 4) NOT NULL,
  PRIMARY KEY (version_id, attribute_code, value_code, when_attribute, when_value),
  CONSTRAINT fk_price_attribute FOREIGN KEY (version_id, attribute_code) REFERENCES attribute (version_id, attribute_code),
  CONSTRAINT chk_price_not_negative CHECK (monthly_price >= 0)
) ENGINE = InnoDB;

-- Constraint rules, evaluated generically. kind is ONLY_IN_REGIONS, REQUIRES or RANGE_WHEN;
-- definition is JSON: {"when": {"attribute": A, "values": [...] | "min": n, "max": n},
-- "then": {...same shape...}} for REQUIRES and RANGE_WHEN, and {"when": {...}, "regions": [...]}
-- for ONLY_IN_REGIONS. A value ending in '*' matches by prefix.
CREATE TABLE constraint_rule (
  version_id BIGINT       NOT NULL,
  rule_code  VARCHAR(64)  NOT NULL,
  kind       VARCHAR(32)  NOT NULL,
  definition VARCHAR(2000) NOT NULL,
  sort_order INT          NOT NULL,
  PRIMARY KEY (version_id, rule_code),
  CONSTRAINT fk_rule_version FOREIGN KEY (version_id) REFERENCES catalog_version (version_id),
  CONSTRAINT chk_rule_kind CHECK (kind IN ('ONLY_IN_REGIONS', 'REQUIRES', 'RANGE_WHEN')),
  CONSTRAINT chk_rule_json CHECK (JSON_VALID(definition))
) ENGINE = InnoDB;

-- A discount for a prepaid period unit: pay charged_months for every per_months months.
CREATE TABLE period_discount (
  version_id     BIGINT       NOT NULL,
  period_unit    VARCHAR(16)  NOT NULL,
  charged_months INT          NOT NULL,
  per_months     INT          NOT NULL,
  description    VARCHAR(128) NOT NULL,
  PRIMARY KEY (version_id, period_unit),
  CONSTRAINT fk_period_discount_version FOREIGN KEY (version_id) REFERENCES catalog_version (version_id),
  CONSTRAINT chk_period_discount CHECK (charged_months > 0 AND charged_months <= per_months)
) ENGINE = InnoDB;
