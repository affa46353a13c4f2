/**
 * The routing SDK's Dubbo side: calls made under a {@link io.cloudtrade.routing.RoutingDecision} reach the
 * providers of the decided center, and the decision travels with the call.
 *
 * <ul>
 *   <li>Providers declare their center with the URL parameter {@value
 *       io.cloudtrade.routing.dubbo.ProviderCenter#KEY} ({@code dubbo.provider.parameters.ct-center=cn});
 *   <li>{@link io.cloudtrade.routing.dubbo.RoutingContext}: the decision for the calls made on this thread;
 *   <li>{@link io.cloudtrade.routing.dubbo.RoutingClusterFilter} (consumer): the decision as {@code ct-route-*}
 *       attachments; {@link io.cloudtrade.routing.dubbo.CenterStateRouter} (consumer): only the providers of the
 *       decided center, or of its failover center when allowed, or none;
 *       {@link io.cloudtrade.routing.dubbo.RoutingProviderFilter} (provider): the decision made current for the
 *       provider's own calls, and calls decided for another center refused.
 * </ul>
 *
 * All three are registered by SPI ({@code META-INF/dubbo/}) and active by default. Plain Java: Dubbo (provided
 * by the application) and SLF4J.
 */
package io.cloudtrade.routing.dubbo;
