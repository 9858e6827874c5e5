package org.inkwell.cms.articles.internal;

/**
 * A resized copy of an upload, encoded and ready to be stored. Variants of the same size share a
 * file (a 1536 × 2048 photo's medium_large and large are both 768 × 1024).
 */
record RenderedVariant(String name, int width, int height, String fileName, byte[] bytes) {}
