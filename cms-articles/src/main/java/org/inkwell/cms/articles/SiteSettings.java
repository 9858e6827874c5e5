package org.inkwell.cms.articles;

import java.time.ZoneId;

/**
 * What an administrator sets for the whole site, as readers and editors get it.
 *
 * @param tagline empty when there is none
 * @param address the site's public address ({@code https://example.org}, no trailing slash), or
 *     {@code null} for the one readers use; {@code CMS_SITE_URL} overrides it
 * @param timeZone of the dates readers see and editors schedule in
 * @param perPage articles per page on the home page and archives
 * @param socialImage what social networks show for a page without an image of its own, or
 *     {@code null}
 * @param icon the site's icon (favicon), a square image, or {@code null}
 * @param discourageSearchEngines asks search engines not to index any page
 */
public record SiteSettings(
    String name,
    String tagline,
    String address,
    ZoneId timeZone,
    int perPage,
    MediaDetails socialImage,
    MediaDetails icon,
    boolean discourageSearchEngines) {}
