package org.inkwell.cms.articles.wordpress.export;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The site an export is of, as its channel names it.
 *
 * @param address its absolute address without a trailing slash ({@code https://example.org}): the
 *     file's links and the addresses of its images start with it
 * @param timeZone of WordPress's local dates ({@code wp:post_date}) beside the GMT ones
 * @param exportedAt when the export was made
 */
public record WxrSite(String title, String tagline, String address, ZoneId timeZone, Instant exportedAt) {}
