package io.cloudtrade.lifecycle.persistence;

import java.util.List;

/** Which instances of an account a query selects; null fields select everything. */
public record InstanceFilter(
    long accountId, String productCode, String region, String status, String subscriptionType, List<String> instanceIds) {}
