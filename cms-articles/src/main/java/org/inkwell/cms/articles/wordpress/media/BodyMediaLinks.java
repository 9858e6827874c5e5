package org.inkwell.cms.articles.wordpress.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points a body's {@code src}, {@code href} and {@code srcset} attributes at the local copies of
 * imported images. Only attribute values change: an address written as text stays as it was, and
 * so does every address of something that was not imported.
 */
public final class BodyMediaLinks {

  private static final Pattern ATTRIBUTE =
      Pattern.compile("(?i)(\\s(src|href|srcset)\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')");
  private static final Pattern SRCSET_CANDIDATE = Pattern.compile("\\s*([^\\s,]+)([^,]*)");

  private BodyMediaLinks() {}

  /** The body with every address of an imported image replaced by its local URL. */
  public static String rewrite(String html, ImportedImages images) {
    if (html == null || html.isEmpty() || images.isEmpty()) {
      return html;
    }
    Matcher m = ATTRIBUTE.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    while (m.find()) {
      boolean doubleQuoted = m.group(3) != null;
      String value = doubleQuoted ? m.group(3) : m.group(4);
      String rewritten = m.group(2).equalsIgnoreCase("srcset") ? srcset(value, images) : single(value, images);
      char quote = doubleQuoted ? '"' : '\'';
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + quote + rewritten + quote));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String single(String value, ImportedImages images) {
    // Bodies escape & in attributes; an image's address has no query worth keeping.
    Optional<String> local = images.localUrl(value.replace("&amp;", "&"));
    return local.orElse(value);
  }

  /** {@code a.jpg 300w, b.jpg 600w}: each candidate's address rewritten, its descriptor kept. */
  private static String srcset(String value, ImportedImages images) {
    StringBuilder out = new StringBuilder();
    for (String candidate : value.split(",")) {
      Matcher c = SRCSET_CANDIDATE.matcher(candidate);
      if (!c.matches()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(single(c.group(1), images)).append(c.group(2).stripTrailing());
    }
    return out.toString();
  }
}
