/**
 * The Recommended Posts plugin's REST API: an article's recommendations ({@code GET
 * /api/articles/{id}/related}), its editors' pins and exclusions, and the site-wide settings and
 * rebuild state ({@code /api/related/...}).
 */
package org.inkwell.cms.relatedposts;
