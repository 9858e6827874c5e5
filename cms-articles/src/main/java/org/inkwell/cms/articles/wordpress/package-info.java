/**
 * Moving WordPress sites in and out: {@link org.inkwell.cms.articles.wordpress.ImportService} starts an
 * import of an uploaded export file (WXR) in the background, at once or once the admin has seen what
 * it holds ({@link org.inkwell.cms.articles.wordpress.ImportUpload}) and chosen ({@link
 * org.inkwell.cms.articles.wordpress.ImportOptions}), and reports its progress and outcome;
 * {@link org.inkwell.cms.articles.wordpress.OldPermalinkService} tells the public site where an
 * imported item that readers knew under an old WordPress address ({@link
 * org.inkwell.cms.articles.wordpress.OldAddress}) lives now. The file is read by {@code
 * wordpress.wxr}; {@code wordpress.media} tells which imported image an address in a body means;
 * the writes and downloads happen behind the service. {@link
 * org.inkwell.cms.articles.wordpress.ExportService} writes the whole site out as a WXR file, with
 * {@code wordpress.export}.
 */
package org.inkwell.cms.articles.wordpress;
