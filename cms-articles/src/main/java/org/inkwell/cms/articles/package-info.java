/**
 * Articles as other modules see them: the services ({@link
 * org.inkwell.cms.articles.ArticleService}, {@link org.inkwell.cms.articles.TaxonomyService},
 * {@link org.inkwell.cms.articles.UserService}), their input records and their read models.
 * Entities stay in {@code internal}.
 */
package org.inkwell.cms.articles;
