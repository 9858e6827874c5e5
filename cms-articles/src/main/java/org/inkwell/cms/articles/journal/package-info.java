/**
 * The change journal, as other modules see it: every committed content change is a journal row,
 * which each node of a cluster applies to its own caches and indexes. {@link
 * org.inkwell.cms.articles.journal.ChangesCommitted} says a transaction added rows; {@link
 * org.inkwell.cms.articles.journal.ChangeFeed} applies the rows this node has not seen.
 */
package org.inkwell.cms.articles.journal;
