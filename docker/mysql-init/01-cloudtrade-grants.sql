-- The image creates the MYSQL_USER account before running this directory.
-- Each CloudTrade service owns a ct_* schema and creates it on first start (createDatabaseIfNotExist),
-- then Flyway migrates it, so the account needs every privilege on ct_* schemas and nothing else.
GRANT ALL PRIVILEGES ON `ct\_%`.* TO 'cloudtrade'@'%';
FLUSH PRIVILEGES;
