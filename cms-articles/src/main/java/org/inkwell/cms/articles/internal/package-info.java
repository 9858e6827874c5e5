/**
 * Storage and rules behind the article services: JPA entities and repositories, the workflow and
 * permission rules, HTML sanitising, excerpts, migrations at start-up, scheduled publishing, the
 * first administrator, the demo content, and the media library's image checks, variants and
 * files. Nothing outside this module imports it.
 */
package org.inkwell.cms.articles.internal;
