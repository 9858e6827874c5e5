/**
 * The REST resources of articles, categories, tags, users, media and the site ({@code /api/...}): JSON in
 * and out, with field names that are a contract. Requests are read field by field so that a wrong
 * type or an unknown field gets a precise 400 rather than a silent coercion.
 */
package org.inkwell.cms.articles.rest;
