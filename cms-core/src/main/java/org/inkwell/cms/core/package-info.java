/**
 * The shared vocabulary of every module: value types ({@link org.inkwell.cms.core.Slug}, {@link
 * org.inkwell.cms.core.PageRequest}, {@link org.inkwell.cms.core.ArticleRef}) and the exception
 * hierarchy that services throw and the REST layer turns into {@code application/problem+json}.
 */
package org.inkwell.cms.core;
