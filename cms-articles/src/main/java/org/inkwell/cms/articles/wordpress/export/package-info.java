/**
 * Writing WordPress export files (WXR 1.2) of this site, as WordPress's own importer and this
 * site's take them: {@link org.inkwell.cms.articles.wordpress.export.WxrWriter} writes one author,
 * term or item at a time as it is handed over (memory does not grow with the site), from the read
 * models of this package; {@link org.inkwell.cms.articles.wordpress.export.WxrIds} numbers them as
 * WordPress does, in one sequence for every kind of post.
 */
package org.inkwell.cms.articles.wordpress.export;
