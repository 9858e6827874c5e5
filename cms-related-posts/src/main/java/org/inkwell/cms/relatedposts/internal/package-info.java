/**
 * Scoring, stored lists and their upkeep: facts of every published article in memory, a Lucene
 * index for text similarity, lists kept in the plugin's own tables, recomputed on one background
 * thread after content changes. Nothing outside this module imports it.
 */
package org.inkwell.cms.relatedposts.internal;
