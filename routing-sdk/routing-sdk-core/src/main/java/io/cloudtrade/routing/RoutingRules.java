package io.cloudtrade.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One snapshot of the routing rules, as kept (JSON) in the ZooKeeper node and in the local cache file.
 * Immutable; maps are sorted by key. A snapshot is only put in force when {@link RulesValidator} finds no
 * problem in it.
 *
 * <p>The {@code checksum} is the lowercase hex SHA-256 of the {@linkplain #canonicalJson() canonical JSON}
 * of everything but the checksum; {@link #withChecksum()} computes it.
 *
 * @param version the snapshot's version: at least 1, and growing (a store only moves forward)
 * @param checksum SHA-256 hex of the canonical JSON of the rest
 * @param centers center id to center
 * @param regions region id to its center and zone
 * @param sites site id to its default center and residency rules
 * @param productOverrides optional: product code to (region id to center id), winning over the region's
 *     center
 */
@JsonPropertyOrder({"version", "checksum", "centers", "regions", "sites", "productOverrides"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutingRules(long version, String checksum, Map<String, Center> centers, Map<String, Region> regions,
    Map<String, Site> sites, Map<String, Map<String, String>> productOverrides) {

  /** Where the default ZooKeeper node of the rules is. */
  public static final String DEFAULT_PATH = "/cloudtrade/routing/rules";

  /** Copies every map, sorted, and makes absent maps empty. */
  public RoutingRules {
    centers = sortedCopy(centers);
    regions = sortedCopy(regions);
    sites = sortedCopy(sites);
    TreeMap<String, Map<String, String>> overrides = new TreeMap<>();
    if (productOverrides != null) {
      productOverrides.forEach((product, byRegion) -> overrides.put(product, sortedCopy(byRegion)));
    }
    productOverrides = Collections.unmodifiableMap(overrides);
  }

  /**
   * A center: one deployment of the trading services.
   *
   * @param name a name for people
   * @param zones its zones; the first is its primary zone, used when no region says which
   * @param failoverTo optional: the center its general traffic may fail over to
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Center(String name, List<String> zones, String failoverTo) {
    /** Copies the zones; absent zones are empty. */
    public Center {
      zones = listCopy(zones);
    }
  }

  /**
   * Where a region's traffic goes.
   *
   * @param center the center id
   * @param zone one of that center's zones
   */
  public record Region(String center, String zone) {}

  /**
   * A site: the storefront an account belongs to, with its data residency rules.
   *
   * @param defaultCenter the center for calls that name no region
   * @param sensitiveDataCenter optional: the only center where the site's account-sensitive data lives
   * @param sensitiveFields the account fields that are sensitive for this site (name, phone, email, address)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Site(String defaultCenter, String sensitiveDataCenter, List<String> sensitiveFields) {
    /** Copies the fields; absent fields are empty. */
    public Site {
      sensitiveFields = listCopy(sensitiveFields);
    }
  }

  /**
   * Parses a snapshot (strict JSON: unknown properties, duplicate keys and trailing content are refused).
   * Does not validate it: see {@link RulesValidator}.
   *
   * @param json the snapshot, UTF-8
   * @return the snapshot
   * @throws RoutingException when it is not a well-formed snapshot
   */
  public static RoutingRules parse(byte[] json) {
    return RulesJson.parse(json);
  }

  /**
   * Parses a snapshot, as {@link #parse(byte[])}.
   *
   * @param json the snapshot
   * @return the snapshot
   * @throws RoutingException when it is not a well-formed snapshot
   */
  public static RoutingRules parse(String json) {
    return RulesJson.parse(json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The sample rules shipped with the SDK ({@code io/cloudtrade/routing/sample-rules.json}): centers
   * {@code cn} and {@code intl}, five regions, sites {@code cn}, {@code intl} and {@code jp}; valid, version 1.
   *
   * @return the sample snapshot
   */
  public static RoutingRules sample() {
    try (InputStream in = RoutingRules.class.getResourceAsStream("sample-rules.json")) {
      if (in == null) {
        throw new IllegalStateException("sample-rules.json is missing from the routing-sdk jar");
      }
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The snapshot as indented JSON, checksum included: what the publisher writes and the cache file holds.
   *
   * @return the JSON
   */
  public String toJson() {
    return RulesJson.pretty(this);
  }

  /**
   * The canonical JSON the checksum is computed over: the snapshot without {@code checksum}, object keys
   * sorted (by Java string order), no whitespace, absent optional values ({@code failoverTo},
   * {@code sensitiveDataCenter}) omitted, absent maps and lists written empty, UTF-8.
   *
   * @return the canonical JSON
   */
  public String canonicalJson() {
    return RulesJson.canonical(this);
  }

  /**
   * The checksum this snapshot should carry.
   *
   * @return lowercase hex SHA-256 of {@link #canonicalJson()}
   */
  public String computeChecksum() {
    return RulesJson.sha256Hex(canonicalJson());
  }

  /**
   * This snapshot with its checksum computed.
   *
   * @return a copy carrying {@link #computeChecksum()}
   */
  public RoutingRules withChecksum() {
    return new RoutingRules(version, computeChecksum(), centers, regions, sites, productOverrides);
  }

  /**
   * This snapshot under another version, its checksum recomputed.
   *
   * @param newVersion the version
   * @return a copy with that version and a matching checksum
   */
  public RoutingRules withVersion(long newVersion) {
    return new RoutingRules(newVersion, null, centers, regions, sites, productOverrides).withChecksum();
  }

  private static <V> Map<String, V> sortedCopy(Map<String, V> map) {
    return map == null ? Collections.emptyNavigableMap() : Collections.unmodifiableNavigableMap(new TreeMap<>(map));
  }

  private static List<String> listCopy(List<String> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
