package io.cloudtrade.catalog.domain;

/** One allowed value of an ENUM attribute, with its display name. */
public record AllowedValue(String value, String name) {}
