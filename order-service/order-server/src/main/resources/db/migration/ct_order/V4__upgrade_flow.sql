-- Upgrade and Downgrade orders record the flow the gray release rule chose for them: Versioned (the
-- new flow) or Direct (the old one). Null for every other order type.
ALTER TABLE purchase_order ADD COLUMN flow VARCHAR(16) NULL;
