/**
 * WordPress media brought in: which imported image an address in a post's body means, WordPress's
 * own sizes of it ({@code photo-300x200.jpg}, {@code photo-scaled.jpg}) included, and the bodies
 * rewritten to the local copies.
 */
package org.inkwell.cms.articles.wordpress.media;
