package org.inkwell.cms.core.event;

/**
 * Fired after a commit that replaced a menu, which shows on every page, so that anything holding
 * rendered pages drops them.
 *
 * @param location {@code header} or {@code footer}
 * @since 0.7
 */
public record MenuChanged(String location) {}
