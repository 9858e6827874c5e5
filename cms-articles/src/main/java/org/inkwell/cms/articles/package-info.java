/**
 * Articles and pages as other modules see them: the services ({@link
 * org.inkwell.cms.articles.ArticleService}, {@link org.inkwell.cms.articles.PageService}, {@link
 * org.inkwell.cms.articles.TaxonomyService},
 * {@link org.inkwell.cms.articles.UserService}, {@link org.inkwell.cms.articles.MediaService}),
 * their input records and their read models, and the stored media files for whoever serves them
 * ({@link org.inkwell.cms.articles.MediaFiles}). Entities stay in {@code internal}.
 */
package org.inkwell.cms.articles;
