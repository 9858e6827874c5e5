package org.inkwell.cms.articles;

/** A page as a link: its title and its path below the site's root ({@code about/our-authors}). */
public record PageLink(long id, String title, String path) {}
