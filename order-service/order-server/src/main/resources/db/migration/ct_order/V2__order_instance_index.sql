-- Orders are found by the instance they bought (renewal pricing, and later every change of an instance).
CREATE INDEX idx_order_instance ON purchase_order (instance_id, account_id);
