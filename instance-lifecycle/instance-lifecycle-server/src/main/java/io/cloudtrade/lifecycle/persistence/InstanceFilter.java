package io.cloudtrade.lifecycle.persistence;

import java.util.List;

/** Which instances of an account a query selects; null (or empty) fields select everything. */
public record InstanceFilter(
    long accountId, String productCode, String region, List<String> statuses, String subscriptionType,
    List<String> instanceIds) {}
