/**
 * The admin editor's logic that needs no container: {@link org.inkwell.cms.web.admin.SeoAnalysis}
 * rates a draft for search engines as it is typed, and {@link org.inkwell.cms.web.admin.RevisionDiff}
 * compares two versions of an article for the revisions screen. Both return records; under EE 10
 * (EL 5) a Faces page reads their components as method calls ({@code #{check.messageKey()}}) or
 * through the bean's getters, and escapes every text it shows.
 */
package org.inkwell.cms.web.admin;
