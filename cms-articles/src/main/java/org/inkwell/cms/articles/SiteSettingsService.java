package org.inkwell.cms.articles;

/**
 * The site's settings: anyone reads them, administrators change them. A change applies from the
 * next request on and fires {@link org.inkwell.cms.core.event.SiteSettingsChanged} after commit.
 */
public interface SiteSettingsService {

  SiteSettings settings();

  /**
   * Replaces every setting.
   *
   * @throws org.inkwell.cms.core.InvalidInputException naming each bad field ({@code name},
   *     {@code tagline}, {@code address}, {@code timeZone}, {@code perPage}, {@code socialImageId},
   *     {@code iconId}); nothing is stored then
   */
  SiteSettings update(SiteSettingsInput input, Actor actor);
}
