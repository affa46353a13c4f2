/**
 * The routing SDK: the rich client that control planes embed to reach the right trading center for
 * a region, site and account. Not built yet: see the multi-center routing issue.
 */
package io.cloudtrade.routingsdk;
