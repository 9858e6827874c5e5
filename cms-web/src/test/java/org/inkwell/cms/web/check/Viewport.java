package org.inkwell.cms.web.check;

/** The page sizes the public site is checked at, in CSS pixels. */
public enum Viewport {
  DESKTOP(1280, 900, false),
  /** A current phone held upright; pages get mobile behaviour (meta viewport, overlay scrollbars). */
  MOBILE(390, 844, true);

  private final int width;
  private final int height;
  private final boolean mobile;

  Viewport(int width, int height, boolean mobile) {
    this.width = width;
    this.height = height;
    this.mobile = mobile;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public boolean mobile() {
    return mobile;
  }
}
