package io.cloudtrade.catalog.domain;

import io.cloudtrade.kernel.Money;

/** An amount with the computation that produced it, for one pricing module or one discount. */
public record PricedLine(String moduleCode, String description, Money amount) {}
