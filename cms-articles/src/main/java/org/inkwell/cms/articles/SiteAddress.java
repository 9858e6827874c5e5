package org.inkwell.cms.articles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's absolute address, without a trailing slash, for whatever names the site to the
 * outside (canonical links, feeds, exports): the configured one ({@code CMS_SITE_URL}), else the
 * administrator's setting, else the address the reader used.
 */
@ApplicationScoped
public class SiteAddress {

  @Inject
  @ConfigProperty(name = "cms.site.url")
  Optional<String> url;

  @Inject SiteSettingsService settings;

  /** @param readersAddress {@code scheme://host[:port]} of the request being answered */
  public String resolve(String readersAddress) {
    Optional<String> configured = configured();
    if (configured.isPresent()) {
      return configured.get();
    }
    String set = settings.settings().address();
    return set != null ? set : readersAddress;
  }

  /** {@code CMS_SITE_URL} without a trailing slash, which wins over the site address setting. */
  public Optional<String> configured() {
    return url.map(String::strip).filter(u -> !u.isEmpty()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
  }
}
