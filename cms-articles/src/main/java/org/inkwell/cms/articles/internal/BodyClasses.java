package org.inkwell.cms.articles.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;

/**
 * The classes an article body keeps: the ones WordPress content uses for layout that the theme
 * styles (alignment, captions, galleries) and a code block's language. Every other class is
 * dropped, so imported bodies never pick up styling from the theme's own class names.
 */
final class BodyClasses {

  static final AttributePolicy POLICY = new KeptTokens(BodyClasses::keeps);

  private static final Set<String> KEPT =
      Set.of(
          "alignleft", "alignright", "aligncenter", "alignwide", "alignfull", "alignnone",
          "gallery", "gallery-item", "wp-block-gallery", "wp-block-image", "wp-caption",
          "wp-caption-text", "blocks-gallery-grid");
  private static final Pattern COLUMNS = Pattern.compile("(gallery-columns|columns)-[1-9]");
  private static final Pattern LANGUAGE = Pattern.compile("language-[a-z0-9][a-z0-9_+#-]{0,31}");
  private static final Set<String> CODE = Set.of("code", "pre");

  private BodyClasses() {}

  private static boolean keeps(String elementName, String name) {
    return KEPT.contains(name)
        || COLUMNS.matcher(name).matches()
        || (CODE.contains(elementName) && LANGUAGE.matcher(name).matches());
  }
}
