-- Resellers: business models, published rule sets (immutable versions), the pointer to the rules in
-- force, and the credit quotas of resellers' customers. Times are UTC; money is BIGINT minor units
-- with a CHAR(3) currency.

-- A business model, immutable once defined. definition_json is the canonical JSON (sorted keys, no
-- nulls); checksum is the SHA-256 hex of it.
CREATE TABLE business_model (
  code            VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  definition_json TEXT        NOT NULL,
  checksum        CHAR(64)    CHARACTER SET ascii NOT NULL,
  defined_at      DATETIME(3) NOT NULL
) ENGINE = InnoDB;

-- A published version of a reseller's rules, never changed once inserted. definition_json is the
-- canonical JSON WITHOUT the webhook secret, which is AES-256-GCM sealed in webhook_secret_ciphertext
-- (the SecretCipher of AccessKeys, bound to "reseller-webhook:<resellerId>/v<version>").
CREATE TABLE rule_set (
  reseller_id               BIGINT         NOT NULL,
  version                   INT            NOT NULL,
  business_model            VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  definition_json           TEXT           NOT NULL,
  webhook_secret_ciphertext VARBINARY(512) NULL,
  checksum                  CHAR(64)       CHARACTER SET ascii NOT NULL,
  published_at              DATETIME(3)    NOT NULL,
  PRIMARY KEY (reseller_id, version)
) ENGINE = InnoDB;

-- The rules in force: a pointer moved only by a conditional UPDATE (WHERE current_version = :expected),
-- so two publishers cannot both win. 0: nothing published yet.
CREATE TABLE reseller (
  reseller_id     BIGINT      NOT NULL PRIMARY KEY,
  current_version INT         NOT NULL,
  updated_at      DATETIME(3) NOT NULL
) ENGINE = InnoDB;

-- A reseller customer's credit. quota_minor NULL: the rules' defaultQuota applies (NULL too: no limit).
-- used_minor moves only through conditional UPDATEs of the credit ledger.
CREATE TABLE customer_credit (
  customer_id      BIGINT      NOT NULL PRIMARY KEY,
  reseller_id      BIGINT      NOT NULL,
  quota_minor      BIGINT      NULL,
  used_minor       BIGINT      NOT NULL,
  currency         CHAR(3)     CHARACTER SET ascii NOT NULL,
  quota_out_biz_id VARCHAR(64) NULL,
  trusteeship      BOOLEAN     NOT NULL,
  updated_at       DATETIME(3) NOT NULL,
  KEY idx_customer_credit_reseller (reseller_id)
) ENGINE = InnoDB;

-- The credit ledger: one reservation per reference (release_key ''), one entry per (reference,
-- release). Reservations are positive, releases negative (capped at what the reference still holds).
CREATE TABLE credit_entry (
  reference    VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  release_key  VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id  BIGINT       NOT NULL,
  amount_minor BIGINT       NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (reference, release_key),
  KEY idx_credit_entry_customer (customer_id)
) ENGINE = InnoDB;

-- SetResellerUserQuota, idempotent by the reseller's OutBizId.
CREATE TABLE quota_change (
  reseller_id BIGINT      NOT NULL,
  out_biz_id  VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id BIGINT      NOT NULL,
  quota_minor BIGINT      NOT NULL,
  currency    CHAR(3)     CHARACTER SET ascii NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (reseller_id, out_biz_id)
) ENGINE = InnoDB;
