/**
 * The one cache of rendered output (public pages, API responses): rendered once, kept until a
 * change to what it shows, and never keeping what a rendering read before a change.
 */
package org.inkwell.cms.core.cache;
