package org.inkwell.cms.articles.wordpress;

import org.inkwell.cms.articles.wordpress.wxr.WxrSummary;

/**
 * An export file that is stored and counted but whose import has not started: the admin looks at
 * what it holds, chooses, then starts it with {@link ImportService#start(String, ImportOptions,
 * org.inkwell.cms.articles.Actor)} or drops it with {@link ImportService#discard}.
 *
 * @param id what names the upload when it is started or discarded (random, not guessable)
 * @param bytes the file's size
 */
public record ImportUpload(String id, long bytes, WxrSummary summary) {}
