package org.inkwell.cms.core;

/**
 * The requested content does not exist, or the caller may not know that it exists.
 *
 * @since 0.1
 */
public class ContentNotFoundException extends CmsException {

  public ContentNotFoundException(String kind, Object key) {
    super(kind + "-not-found", capitalise(kind) + " not found", "No " + kind + " " + key + ".");
  }

  private static String capitalise(String kind) {
    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
  }
}
