package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.SiteSettings;
import org.inkwell.cms.articles.SiteSettingsInput;

/**
 * The site settings in the settings table, one row each ({@code site.*}); a missing row is the
 * default. Time zone and page size default to their configuration, as before they were settings.
 */
@ApplicationScoped
@Transactional
public class SiteSettingsStore {

  static final String PREFIX = "site.";
  static final String NAME = PREFIX + "name";
  static final String TAGLINE = PREFIX + "tagline";
  private static final String ADDRESS = PREFIX + "address";
  private static final String TIME_ZONE = PREFIX + "time-zone";
  private static final String PER_PAGE = PREFIX + "per-page";
  static final String SOCIAL_IMAGE = PREFIX + "social-image";
  static final String ICON = PREFIX + "icon";
  private static final String DISCOURAGE_SEARCH_ENGINES = PREFIX + "discourage-search-engines";
  private static final String DEFAULT_NAME = "My Site";

  @Inject SettingRepository settings;
  @Inject MediaRepository media;

  @Inject
  @ConfigProperty(name = "cms.site.time-zone", defaultValue = "UTC")
  String defaultTimeZone;

  @Inject
  @ConfigProperty(name = "cms.site.per-page", defaultValue = "10")
  int defaultPerPage;

  SiteSettings read() {
    Map<String, String> stored = settings.findAll(PREFIX);
    return new SiteSettings(
        stored.getOrDefault(NAME, DEFAULT_NAME),
        stored.getOrDefault(TAGLINE, ""),
        stored.get(ADDRESS),
        ZoneId.of(stored.getOrDefault(TIME_ZONE, defaultTimeZone)),
        stored.containsKey(PER_PAGE) ? Integer.parseInt(stored.get(PER_PAGE)) : defaultPerPage,
        // An image deleted from the library since is no image.
        imageAt(stored.get(SOCIAL_IMAGE)).orElse(null),
        imageAt(stored.get(ICON)).orElse(null),
        Boolean.parseBoolean(stored.get(DISCOURAGE_SEARCH_ENGINES)));
  }

  Optional<MediaDetails> image(long id) {
    return media.find(id).map(DefaultMediaService::details);
  }

  /** Stores input that {@link SiteSettingsRules} checked. */
  void write(SiteSettingsInput in) {
    Map<String, String> values = new HashMap<>();
    values.put(NAME, in.name());
    values.put(TAGLINE, in.tagline());
    values.put(ADDRESS, in.address());
    values.put(TIME_ZONE, in.timeZone());
    values.put(PER_PAGE, in.perPage() == null ? null : in.perPage().toString());
    values.put(SOCIAL_IMAGE, in.socialImageId() == null ? null : in.socialImageId().toString());
    values.put(ICON, in.iconId() == null ? null : in.iconId().toString());
    values.put(DISCOURAGE_SEARCH_ENGINES, in.discourageSearchEngines() ? "true" : null);
    values.forEach(settings::save);
    settings.flush();
  }

  private Optional<MediaDetails> imageAt(String id) {
    return id == null ? Optional.empty() : image(Long.parseLong(id));
  }
}
