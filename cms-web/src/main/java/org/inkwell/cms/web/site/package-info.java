/**
 * The public site for readers: articles, archives, search, feeds and sitemaps, rendered from
 * templates once, kept as bytes in {@link org.inkwell.cms.web.site.PageCache} and served with
 * strong validators until a content event discards them. Plugins add blocks under articles through
 * {@link org.inkwell.cms.core.spi.PageBlock}. Uploaded images are served from the media library's
 * files by {@link org.inkwell.cms.web.site.UploadedMediaServlet}, to be cached forever.
 */
package org.inkwell.cms.web.site;
