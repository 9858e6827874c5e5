package org.inkwell.cms.articles.wordpress.wxr;

/**
 * A file that cannot be read as a WordPress export: not XML, XML that is not WXR, an unknown
 * version, or malformed XML, with where the reader stopped.
 */
public class WxrFormatException extends RuntimeException {

  private final int line;
  private final int column;

  /** A problem with the whole file rather than with one place in it. */
  public WxrFormatException(String reason) {
    super(reason);
    this.line = 0;
    this.column = 0;
  }

  public WxrFormatException(String reason, int line, int column) {
    super("line " + line + ", column " + column + ": " + reason);
    this.line = line;
    this.column = column;
  }

  /** 1-based; 0 when the problem is not at one place. */
  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
