-- Accounts (customers, resellers, customers of resellers) and their AccessKeys. Times are UTC.
-- Passwords are PBKDF2 hashes; AccessKey secrets are AES-256-GCM sealed (iv || ciphertext || tag)
-- under the master key cloudtrade.identity.master-key, never stored in plain text.
-- AccessKey ids compare case-sensitively (ascii_bin); login names do not (the default collation).
CREATE TABLE account (
  account_id    BIGINT       NOT NULL PRIMARY KEY,
  name          VARCHAR(128) NOT NULL,
  login_name    VARCHAR(64)  NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  identity      VARCHAR(32)  NOT NULL,
  reseller_id   BIGINT       NULL,
  status        VARCHAR(16)  NOT NULL,
  created_at    DATETIME(3)  NOT NULL,
  updated_at    DATETIME(3)  NOT NULL,
  UNIQUE KEY uk_account_login_name (login_name),
  KEY idx_account_reseller (reseller_id)
) ENGINE = InnoDB;

CREATE TABLE access_key (
  access_key_id     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  account_id        BIGINT         NOT NULL,
  secret_ciphertext VARBINARY(512) NOT NULL,
  status            VARCHAR(16)    NOT NULL,
  created_at        DATETIME(3)    NOT NULL,
  KEY idx_access_key_account (account_id)
) ENGINE = InnoDB;
