/**
 * Reading WordPress export files (WXR 1.0 to 1.2): a streaming StAX reader that hands out one
 * author, term or item at a time in constant memory and refuses DTDs and entities, and the
 * conversion of an item into what the importer stores (statuses, dates, titles, bodies).
 */
package org.inkwell.cms.articles.wordpress.wxr;
