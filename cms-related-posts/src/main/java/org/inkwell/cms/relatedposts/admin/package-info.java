/**
 * The plugin's part of the Faces admin: its settings screen and the panel it adds to the article
 * editor, found by the WAR through {@link org.inkwell.cms.core.spi.AdminExtension}. The views live
 * in the JAR under {@code META-INF/resources/admin/}; texts come from the plugin's own bundle.
 */
package org.inkwell.cms.relatedposts.admin;
