package org.inkwell.cms.core.event;

/**
 * Fired after a commit that changed the site's settings (its name, address, page size...), which
 * show on every page, so that anything holding rendered pages drops them.
 *
 * @since 0.6
 */
public record SiteSettingsChanged() {}
