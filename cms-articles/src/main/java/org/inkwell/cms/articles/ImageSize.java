package org.inkwell.cms.articles;

/** An image's intrinsic size in pixels, as a page's {@code <img width height>} gives it. */
public record ImageSize(int width, int height) {}
