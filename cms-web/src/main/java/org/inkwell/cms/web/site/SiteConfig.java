package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.articles.SiteAddress;

/** How the public site is deployed: its address, HTTP caching and the order of page blocks. */
@ApplicationScoped
public class SiteConfig {

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");

  @Inject
  @ConfigProperty(name = "cms.site.cache-control", defaultValue = "public, max-age=0, must-revalidate")
  String cacheControl;

  @Inject
  @ConfigProperty(name = "cms.page.blocks", defaultValue = "related-posts")
  List<String> blockOrder;

  @Inject SiteAddress address;

  /**
   * The site's absolute address without a trailing slash: the configured one ({@code
   * CMS_SITE_URL}), else the administrator's setting, else the one the reader used (a malformed
   * {@code Host} falls back to the server's name).
   */
  public String base(String scheme, String host, String serverName, int port) {
    String authority = host != null && HOST.matcher(host).matches() ? host : serverName + ":" + port;
    return address.resolve(scheme + "://" + authority.toLowerCase(java.util.Locale.ROOT));
  }

  /** {@code CMS_SITE_URL} without a trailing slash, which wins over the site address setting. */
  public Optional<String> configuredUrl() {
    return address.configured();
  }

  /**
   * Whether readers reach the site over HTTPS, as {@code CMS_SITE_URL} says: decided at start-up
   * (the session cookie), so the site address setting does not count.
   */
  public boolean isHttps() {
    return configuredUrl().filter(u -> u.regionMatches(true, 0, "https://", 0, 8)).isPresent();
  }

  String cacheControl() {
    return cacheControl;
  }

  List<String> blockOrder() {
    return blockOrder;
  }
}
