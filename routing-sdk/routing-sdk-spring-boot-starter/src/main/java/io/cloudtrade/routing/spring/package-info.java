/**
 * The routing SDK's Spring Boot starter: {@link io.cloudtrade.routing.spring.RoutingAutoConfiguration},
 * configured by {@link io.cloudtrade.routing.spring.RoutingProperties} ({@code cloudtrade.routing.*}).
 */
package io.cloudtrade.routing.spring;
