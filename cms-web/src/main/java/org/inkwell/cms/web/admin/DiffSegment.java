package org.inkwell.cms.web.admin;

/**
 * A run of text that is the same in both versions, only in the older one, or only in the newer one.
 *
 * <p>The text is plain and <em>unescaped</em>: it may hold {@code <}, {@code &} or a whole
 * {@code <script>} that an author wrote as text. The page must escape it, as {@code h:outputText}
 * does by default, and add the marks itself: {@code <del>} around {@link Kind#DELETED},
 * {@code <ins>} around {@link Kind#INSERTED}.
 */
public record DiffSegment(String text, Kind kind) {

  public enum Kind {
    SAME,
    DELETED,
    INSERTED
  }

  public boolean isChange() {
    return kind != Kind.SAME;
  }
}
