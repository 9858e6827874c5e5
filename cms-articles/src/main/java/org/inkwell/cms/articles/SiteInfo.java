package org.inkwell.cms.articles;

/** The site's name and tagline. */
public record SiteInfo(String name, String tagline) {}
