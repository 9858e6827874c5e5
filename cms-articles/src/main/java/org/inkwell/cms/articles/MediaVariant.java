package org.inkwell.cms.articles;

/**
 * A resized copy of an uploaded image, named like WordPress's image sizes.
 *
 * @param name {@link #THUMBNAIL}, {@link #MEDIUM}, {@link #MEDIUM_LARGE} or {@link #LARGE}
 * @param url root-relative, e.g. {@code /media/uploads/2026/05/morning-run-k3x9a2-300x200.jpg}
 */
public record MediaVariant(String name, int width, int height, String url) {

  /** 150 × 150, cropped from the centre. */
  public static final String THUMBNAIL = "thumbnail";
  /** Within 300 × 300. */
  public static final String MEDIUM = "medium";
  /** 768 wide, any height. */
  public static final String MEDIUM_LARGE = "medium_large";
  /** Within 1024 × 1024. */
  public static final String LARGE = "large";
}
