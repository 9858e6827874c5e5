/**
 * The editors' admin under {@code /admin/}: Jakarta Faces pages (PrimeFaces) backed by small view
 * beans that call the articles module's services. Around them: sign-in ({@link
 * org.inkwell.cms.web.admin.SignInPage}), texts from {@code messages.properties} ({@link
 * org.inkwell.cms.web.admin.Notices}), live SEO checks ({@link org.inkwell.cms.web.admin.SeoAnalysis}),
 * revision comparison ({@link org.inkwell.cms.web.admin.RevisionDiff}) and previews of drafts. Pages
 * read records directly ({@code #{article.title}}) through {@link
 * org.inkwell.cms.web.admin.RecordElResolver}; every text they show is escaped by Faces.
 */
package org.inkwell.cms.web.admin;
