package io.cloudtrade.reseller.persistence;

import java.time.Instant;

/** A row of business_model. */
public class BusinessModelRow {
  public String code;
  /** canonical JSON, see {@link DefinitionJson} */
  public String definitionJson;
  public String checksum;
  public Instant definedAt;
}
