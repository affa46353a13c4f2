-- The demo catalog: ECS and ApsaraDB RDS in CNY, one published version each.
INSERT INTO product (product_code, product_type, product_name, currency, created_at) VALUES
  ('ecs', 'ecs', 'Elastic Compute Service', 'CNY', '2026-11-01 00:00:00.000'),
  ('rds', 'rds', 'ApsaraDB RDS', 'CNY', '2026-11-01 00:00:00.000');

INSERT INTO catalog_version (version_id, product_code, version, status, effective_from, created_at, updated_at) VALUES
  (1001, 'ecs', 'ecs-2026.11.1', 'PUBLISHED', '2026-11-01 00:00:00.000', '2026-11-01 00:00:00.000', '2026-11-01 00:00:00.000'),
  (2001, 'rds', 'rds-2026.11.1', 'PUBLISHED', '2026-11-01 00:00:00.000', '2026-11-01 00:00:00.000', '2026-11-01 00:00:00.000');

-- ---------------------------------------------------------------- ecs-2026.11.1
INSERT INTO attribute (version_id, attribute_code, attribute_name, module_code, attribute_type, min_value, max_value, step_value, unit, default_value, sort_order) VALUES
  (1001, 'Region', 'Region', 'region', 'ENUM', NULL, NULL, NULL, NULL, 'cn-hangzhou', 10),
  (1001, 'InstanceType', 'Instance type', 'instance_type', 'ENUM', NULL, NULL, NULL, NULL, 'ecs.g7.large', 20),
  (1001, 'NetworkType', 'Network type', 'network', 'ENUM', NULL, NULL, NULL, NULL, 'vpc', 30),
  (1001, 'InternetMaxBandwidthOut', 'Public bandwidth', 'bandwidth', 'INT_RANGE', 0, 200, 1, 'Mbps', '1', 40),
  (1001, 'SystemDiskCategory', 'System disk category', 'system_disk', 'ENUM', NULL, NULL, NULL, NULL, 'cloud_essd', 50),
  (1001, 'SystemDiskSize', 'System disk size', 'system_disk', 'INT_RANGE', 20, 2040, 10, 'GB', '40', 60);

INSERT INTO attribute_value (version_id, attribute_code, value_code, display_name, sort_order) VALUES
  (1001, 'Region', 'cn-hangzhou', 'China (Hangzhou)', 1),
  (1001, 'Region', 'cn-shanghai', 'China (Shanghai)', 2),
  (1001, 'Region', 'cn-beijing', 'China (Beijing)', 3),
  (1001, 'Region', 'ap-southeast-1', 'Singapore', 4),
  (1001, 'InstanceType', 'ecs.g7.large', 'ecs.g7.large (2 vCPU 8 GiB, general purpose)', 1),
  (1001, 'InstanceType', 'ecs.g7.xlarge', 'ecs.g7.xlarge (4 vCPU 16 GiB, general purpose)', 2),
  (1001, 'InstanceType', 'ecs.c7.large', 'ecs.c7.large (2 vCPU 4 GiB, compute optimized)', 3),
  (1001, 'InstanceType', 'ecs.r7.large', 'ecs.r7.large (2 vCPU 16 GiB, memory optimized)', 4),
  (1001, 'InstanceType', 'ecs.g8i.xlarge', 'ecs.g8i.xlarge (4 vCPU 16 GiB, general purpose, Intel Emerald Rapids)', 5),
  (1001, 'NetworkType', 'vpc', 'VPC', 1),
  (1001, 'NetworkType', 'classic', 'Classic network', 2),
  (1001, 'SystemDiskCategory', 'cloud_essd', 'ESSD (PL1)', 1),
  (1001, 'SystemDiskCategory', 'cloud_ssd', 'Standard SSD', 2),
  (1001, 'SystemDiskCategory', 'cloud_efficiency', 'Ultra disk', 3);

INSERT INTO price (version_id, attribute_code, value_code, when_attribute, when_value, monthly_price) VALUES
  (1001, 'InstanceType', 'ecs.g7.large', '', '', 298.0000),
  (1001, 'InstanceType', 'ecs.g7.xlarge', '', '', 596.0000),
  (1001, 'InstanceType', 'ecs.c7.large', '', '', 232.0000),
  (1001, 'InstanceType', 'ecs.r7.large', '', '', 396.0000),
  (1001, 'InstanceType', 'ecs.g8i.xlarge', '', '', 652.0000),
  (1001, 'InternetMaxBandwidthOut', '*', '', '', 23.0000),
  (1001, 'SystemDiskSize', '*', 'SystemDiskCategory', 'cloud_essd', 1.0000),
  (1001, 'SystemDiskSize', '*', 'SystemDiskCategory', 'cloud_ssd', 1.0000),
  (1001, 'SystemDiskSize', '*', 'SystemDiskCategory', 'cloud_efficiency', 0.3500);

INSERT INTO constraint_rule (version_id, rule_code, kind, definition, sort_order) VALUES
  (1001, 'G8iOnlyInEastChina', 'ONLY_IN_REGIONS',
   '{"when": {"attribute": "InstanceType", "values": ["ecs.g8i.*"]}, "regions": ["cn-hangzhou", "cn-shanghai"]}', 1),
  (1001, 'G8iRequiresEssd', 'REQUIRES',
   '{"when": {"attribute": "InstanceType", "values": ["ecs.g8i.*"]}, "then": {"attribute": "SystemDiskCategory", "values": ["cloud_essd"]}}', 2),
  (1001, 'CloudEfficiencyDiskUpTo500', 'RANGE_WHEN',
   '{"when": {"attribute": "SystemDiskCategory", "values": ["cloud_efficiency"]}, "then": {"attribute": "SystemDiskSize", "min": 20, "max": 500}}', 3),
  (1001, 'PublicBandwidthRequiresVpc', 'REQUIRES',
   '{"when": {"attribute": "InternetMaxBandwidthOut", "min": 1}, "then": {"attribute": "NetworkType", "values": ["vpc"]}}', 4);

INSERT INTO period_discount (version_id, period_unit, charged_months, per_months, description) VALUES
  (1001, 'Year', 10, 12, '12 months for the price of 10');

-- ---------------------------------------------------------------- rds-2026.11.1
INSERT INTO attribute (version_id, attribute_code, attribute_name, module_code, attribute_type, min_value, max_value, step_value, unit, default_value, sort_order) VALUES
  (2001, 'Region', 'Region', 'region', 'ENUM', NULL, NULL, NULL, NULL, 'cn-hangzhou', 10),
  (2001, 'Engine', 'Database engine', 'engine', 'ENUM', NULL, NULL, NULL, NULL, 'MySQL', 20),
  (2001, 'EngineVersion', 'Engine version', 'engine', 'ENUM', NULL, NULL, NULL, NULL, '8.0', 30),
  (2001, 'Category', 'Edition', 'instance_class', 'ENUM', NULL, NULL, NULL, NULL, 'HighAvailability', 40),
  (2001, 'DBInstanceClass', 'Instance class', 'instance_class', 'ENUM', NULL, NULL, NULL, NULL, 'mysql.n2.medium.1', 50),
  (2001, 'DBInstanceStorageType', 'Storage type', 'storage', 'ENUM', NULL, NULL, NULL, NULL, 'cloud_essd', 60),
  (2001, 'DBInstanceStorage', 'Storage', 'storage', 'INT_RANGE', 20, 2000, 5, 'GB', '20', 70),
  (2001, 'SqlAudit', 'SQL Explorer and audit', 'sql_audit', 'BOOLEAN', NULL, NULL, NULL, NULL, 'false', 80);

INSERT INTO attribute_value (version_id, attribute_code, value_code, display_name, sort_order) VALUES
  (2001, 'Region', 'cn-hangzhou', 'China (Hangzhou)', 1),
  (2001, 'Region', 'cn-shanghai', 'China (Shanghai)', 2),
  (2001, 'Region', 'cn-beijing', 'China (Beijing)', 3),
  (2001, 'Region', 'ap-southeast-1', 'Singapore', 4),
  (2001, 'Engine', 'MySQL', 'MySQL', 1),
  (2001, 'Engine', 'PostgreSQL', 'PostgreSQL', 2),
  (2001, 'EngineVersion', '5.7', 'MySQL 5.7', 1),
  (2001, 'EngineVersion', '8.0', 'MySQL 8.0', 2),
  (2001, 'EngineVersion', '15', 'PostgreSQL 15', 3),
  (2001, 'EngineVersion', '16', 'PostgreSQL 16', 4),
  (2001, 'Category', 'Basic', 'Basic (single node)', 1),
  (2001, 'Category', 'HighAvailability', 'High-availability (primary and standby)', 2),
  (2001, 'DBInstanceClass', 'mysql.n2.medium.1', 'mysql.n2.medium.1 (2 vCPU 4 GiB)', 1),
  (2001, 'DBInstanceClass', 'mysql.n4.large.1', 'mysql.n4.large.1 (4 vCPU 16 GiB)', 2),
  (2001, 'DBInstanceClass', 'pg.n2.medium.1', 'pg.n2.medium.1 (2 vCPU 4 GiB)', 3),
  (2001, 'DBInstanceClass', 'pg.n4.large.1', 'pg.n4.large.1 (4 vCPU 16 GiB)', 4),
  (2001, 'DBInstanceStorageType', 'cloud_essd', 'ESSD (PL1) cloud disk', 1),
  (2001, 'DBInstanceStorageType', 'local_ssd', 'Local SSD', 2);

-- an instance class costs twice as much in the high-availability edition (two nodes)
INSERT INTO price (version_id, attribute_code, value_code, when_attribute, when_value, monthly_price) VALUES
  (2001, 'DBInstanceClass', 'mysql.n2.medium.1', 'Category', 'Basic', 190.0000),
  (2001, 'DBInstanceClass', 'mysql.n2.medium.1', 'Category', 'HighAvailability', 380.0000),
  (2001, 'DBInstanceClass', 'mysql.n4.large.1', 'Category', 'Basic', 640.0000),
  (2001, 'DBInstanceClass', 'mysql.n4.large.1', 'Category', 'HighAvailability', 1280.0000),
  (2001, 'DBInstanceClass', 'pg.n2.medium.1', 'Category', 'Basic', 200.0000),
  (2001, 'DBInstanceClass', 'pg.n2.medium.1', 'Category', 'HighAvailability', 400.0000),
  (2001, 'DBInstanceClass', 'pg.n4.large.1', 'Category', 'Basic', 660.0000),
  (2001, 'DBInstanceClass', 'pg.n4.large.1', 'Category', 'HighAvailability', 1320.0000),
  (2001, 'DBInstanceStorage', '*', 'DBInstanceStorageType', 'cloud_essd', 1.0000),
  (2001, 'DBInstanceStorage', '*', 'DBInstanceStorageType', 'local_ssd', 0.8000),
  (2001, 'SqlAudit', 'true', '', '', 60.0000);

INSERT INTO constraint_rule (version_id, rule_code, kind, definition, sort_order) VALUES
  (2001, 'MySQLVersions', 'REQUIRES',
   '{"when": {"attribute": "Engine", "values": ["MySQL"]}, "then": {"attribute": "EngineVersion", "values": ["5.7", "8.0"]}}', 1),
  (2001, 'PostgreSQLVersions', 'REQUIRES',
   '{"when": {"attribute": "Engine", "values": ["PostgreSQL"]}, "then": {"attribute": "EngineVersion", "values": ["15", "16"]}}', 2),
  (2001, 'MySQLInstanceClasses', 'REQUIRES',
   '{"when": {"attribute": "Engine", "values": ["MySQL"]}, "then": {"attribute": "DBInstanceClass", "values": ["mysql.*"]}}', 3),
  (2001, 'PostgreSQLInstanceClasses', 'REQUIRES',
   '{"when": {"attribute": "Engine", "values": ["PostgreSQL"]}, "then": {"attribute": "DBInstanceClass", "values": ["pg.*"]}}', 4),
  (2001, 'LocalSsdRequiresHighAvailability', 'REQUIRES',
   '{"when": {"attribute": "DBInstanceStorageType", "values": ["local_ssd"]}, "then": {"attribute": "Category", "values": ["HighAvailability"]}}', 5),
  (2001, 'LocalSsdUpTo1000', 'RANGE_WHEN',
   '{"when": {"attribute": "DBInstanceStorageType", "values": ["local_ssd"]}, "then": {"attribute": "DBInstanceStorage", "min": 20, "max": 1000}}', 6),
  (2001, 'LocalSsdNotInSingapore', 'ONLY_IN_REGIONS',
   '{"when": {"attribute": "DBInstanceStorageType", "values": ["local_ssd"]}, "regions": ["cn-hangzhou", "cn-shanghai", "cn-beijing"]}', 7);

INSERT INTO period_discount (version_id, period_unit, charged_months, per_months, description) VALUES
  (2001, 'Year', 10, 12, '12 months for the price of 10');
