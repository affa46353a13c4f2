-- Whose name the customer sees as the instance's seller: CloudTrade, or a white-label reseller's brand (from the order
-- that bought it). NULL for instances bought before reseller rules: CloudTrade.
ALTER TABLE instance ADD COLUMN seller VARCHAR(128) NULL;
