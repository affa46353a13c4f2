-- What reseller rules decided for an order (see reseller-rules' OrderPlan): the rule version it was decided under
-- ('direct' for a direct customer's; NULL for orders placed before reseller rules), the account's reseller, whose
-- balance pays (NULL: the account's own), the price the customer is shown, what the reseller earns, the seller's name,
-- and the plan's steps as run (comma-separated OrderSteps names). pay_on_approval: an order held for its reseller's
-- approval is paid when approved (it was placed to be paid at once).
ALTER TABLE purchase_order
  ADD COLUMN rule_version           VARCHAR(64)  NULL,
  ADD COLUMN reseller_id            BIGINT       NULL,
  ADD COLUMN payer_account_id       BIGINT       NULL,
  ADD COLUMN customer_price_minor   BIGINT       NULL,
  ADD COLUMN reseller_earning_minor BIGINT       NULL,
  ADD COLUMN seller                 VARCHAR(128) NULL,
  ADD COLUMN plan_steps             VARCHAR(128) NULL,
  ADD COLUMN pay_on_approval        BOOLEAN      NULL,
  ADD KEY idx_order_reseller_status (reseller_id, status);
