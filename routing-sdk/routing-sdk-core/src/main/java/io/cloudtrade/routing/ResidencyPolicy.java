package io.cloudtrade.routing;

/** How the receiving center treats the sensitive fields of the request's site. */
public enum ResidencyPolicy {
  /** The site has no residency rules: nothing to do. */
  NONE,
  /**
   * The site's sensitive data lives in another place than this call may go (or may fail over to): its
   * sensitive fields travel, are stored and are logged masked only (see {@link Masking}).
   */
  MASKED_OUTSIDE_RESIDENCY,
  /**
   * The call carries the site's sensitive data to its residency center: stored encrypted there, never
   * failed over out of it.
   */
  RESIDENT_ENCRYPTED
}
