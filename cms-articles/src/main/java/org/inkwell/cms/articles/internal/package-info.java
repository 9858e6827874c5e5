/**
 * Storage and rules behind the article and page services: JPA entities and repositories (articles
 * and pages are two kinds of {@code Content} in one table), the page tree, the workflow and
 * permission rules, HTML sanitising, excerpts, migrations at start-up, scheduled publishing, the
 * first administrator, the demo content, and the media library's image checks, variants and
 * files. Nothing outside this module imports it.
 */
package org.inkwell.cms.articles.internal;
