package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the public site is configured: its address, time zone, page size and HTTP caching. */
@ApplicationScoped
public class SiteConfig {

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");

  @Inject
  @ConfigProperty(name = "cms.site.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "cms.site.time-zone", defaultValue = "UTC")
  String timeZone;

  @Inject
  @ConfigProperty(name = "cms.site.per-page", defaultValue = "10")
  int perPage;

  @Inject
  @ConfigProperty(name = "cms.site.cache-control", defaultValue = "public, max-age=0, must-revalidate")
  String cacheControl;

  @Inject
  @ConfigProperty(name = "cms.page.blocks", defaultValue = "related-posts")
  List<String> blockOrder;

  /**
   * The site's absolute address without a trailing slash: the configured one, else the one the
   * reader used (a malformed {@code Host} falls back to the server's name).
   */
  public String base(String scheme, String host, String serverName, int port) {
    if (url.isPresent() && !url.get().isBlank()) {
      String configured = url.get().strip();
      return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }
    String authority = host != null && HOST.matcher(host).matches() ? host : serverName + ":" + port;
    return scheme + "://" + authority.toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether readers reach the site over HTTPS, as its configured address says. */
  public boolean isHttps() {
    return url.isPresent() && url.get().strip().regionMatches(true, 0, "https://", 0, 8);
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  int perPage() {
    return perPage;
  }

  String cacheControl() {
    return cacheControl;
  }

  List<String> blockOrder() {
    return blockOrder;
  }
}
