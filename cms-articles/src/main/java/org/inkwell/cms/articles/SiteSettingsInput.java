package org.inkwell.cms.articles;

/**
 * Every site setting as it should be after a change; {@code null} means none, or the default.
 *
 * @param timeZone a time zone id such as {@code Europe/Paris}; {@code null} for the default
 * @param perPage 1 to 50; {@code null} for the default
 * @param socialImageId a JPEG, PNG, GIF or WebP image of the media library
 * @param iconId a roughly square image of the media library, at least 48 pixels a side
 */
public record SiteSettingsInput(
    String name,
    String tagline,
    String address,
    String timeZone,
    Integer perPage,
    Long socialImageId,
    Long iconId,
    boolean discourageSearchEngines) {

  /** The input that leaves the settings as they are, to change some of them from. */
  public static SiteSettingsInput of(SiteSettings s) {
    return new SiteSettingsInput(s.name(), s.tagline(), s.address(), s.timeZone().getId(), s.perPage(),
        s.socialImage() == null ? null : s.socialImage().id(), s.icon() == null ? null : s.icon().id(),
        s.discourageSearchEngines());
  }
}
