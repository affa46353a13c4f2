package io.cloudtrade.monitoringagent.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One rule evaluated for one link at one moment.
 *
 * @param holds whether the condition is met (by the whole link or one of its products)
 * @param product the worst product meeting it, the link's only product, or null
 * @param products the products meeting it on their own
 * @param wholeLink whether the link as a whole meets it (then every product's calls count for impact)
 * @param code CODE_SURGE: the code; AVAILABILITY: the most frequent own error code; else null
 * @param window how far back offending calls count for the impact when it fires
 * @param text the condition in words, for the summary
 */
record Condition(AlertKey key, boolean holds, String product, List<String> products, boolean wholeLink,
    Map<String, Object> howBad, String code, long causedDownstream, Duration window, String text) {}
