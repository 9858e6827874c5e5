package org.inkwell.cms.articles.wordpress.wxr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.Encoding;

/**
 * WordPress's shortcodes as the HTML it would show, where the site can show it without running
 * anything: {@code [caption]} as a figure, {@code [gallery]} of imported images as a gallery figure,
 * {@code [embed]} and bare embeddable addresses on a line of their own as links (the public pages
 * allow no third-party frames), {@code [audio]} and {@code [video]} of library files as players and
 * of other files as links. Any other shortcode stays as text; each problem is named once.
 */
final class Shortcodes {

  private static final Pattern CAPTION =
      Pattern.compile("(?s)\\[(?:wp_)?caption([^\\]]*)\\](.*?)\\[/(?:wp_)?caption\\]");
  private static final Pattern LEADING_MEDIA =
      Pattern.compile("(?s)^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$");
  private static final Pattern GALLERY = Pattern.compile("\\[gallery\\b([^\\]]*)\\]");
  private static final Pattern EMBED = Pattern.compile("(?s)\\[embed\\b[^\\]]*\\]\\s*(.*?)\\s*\\[/embed\\]");
  /** A player with its file given in {@code src} (or {@code mp3}, {@code mp4}...), or between the tags. */
  private static final Pattern PLAYER =
      Pattern.compile("(?s)\\[(audio|video)\\b([^\\]]*)\\](?:(.*?)\\[/\\1\\])?");
  /** An address alone on its line, as WordPress's auto-embed finds it (in a paragraph of its own too). */
  private static final Pattern BARE_URL =
      Pattern.compile("(?im)^[ \\t]*(?:<p>[ \\t]*)?(https?://[^\\s<>\"'\\[\\]]+)[ \\t]*(?:</p>)?[ \\t]*$");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
  private static final Pattern ALIGN = Pattern.compile("align(?:left|right|center|none)");
  private static final Pattern SHORTCODE = Pattern.compile("\\[([a-zA-Z][a-zA-Z0-9_-]*)(?=[\\s\\]/])[^\\[\\]]*\\]");
  private static final Pattern COLUMNS = Pattern.compile("[1-9]");
  private static final Set<String> FILE_ATTRIBUTES = Set.of("src", "mp3", "m4a", "ogg", "wav", "wma", "mp4", "m4v", "webm", "ogv", "flv");

  private final Attachments attachments;
  private final Set<String> problems = new LinkedHashSet<>();
  /** Shortcodes that came out as text on purpose, named as kept. */
  private final Set<String> kept = new LinkedHashSet<>();

  Shortcodes(Attachments attachments) {
    this.attachments = attachments;
  }

  String convert(String html) {
    html = captions(html);
    html = galleries(html);
    html = embeds(html);
    html = players(html);
    html = bareUrls(html);
    return html;
  }

  /** What did not come over as it was, each once, after {@link #convert}ing {@code html}. */
  List<String> problems(String convertedHtml) {
    Matcher m = SHORTCODE.matcher(convertedHtml);
    while (m.find()) {
      kept.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    List<String> all = new ArrayList<>();
    kept.forEach(name -> all.add("shortcode [" + name + "] kept as text"));
    all.addAll(problems);
    return all;
  }

  /** {@code [caption align="alignright"]<img …> Text[/caption]} as a figure with its caption. */
  private static String captions(String html) {
    Matcher m = CAPTION.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Map<String, String> attributes = attributes(m.group(1));
      String inner = m.group(2).strip();
      String media = inner;
      String caption = "";
      Matcher leading = LEADING_MEDIA.matcher(inner);
      if (leading.matches()) {
        media = leading.group(1);
        caption = leading.group(2).strip();
      }
      if (caption.isEmpty() && attributes.containsKey("caption")) {
        caption = attributes.get("caption");
      }
      String align = attributes.getOrDefault("align", "");
      String classes = ALIGN.matcher(align).matches() ? "wp-caption " + align : "wp-caption";
      String figure = "<figure class=\"" + classes + "\">" + media
          + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>") + "</figure>";
      m.appendReplacement(out, Matcher.quoteReplacement(figure));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code [gallery ids="9,10" columns="2"]}: a gallery figure when every image is in the library. */
  private String galleries(String html) {
    Matcher m = GALLERY.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Map<String, String> attributes = attributes(m.group(1));
      List<String> ids = new ArrayList<>();
      for (String id : attributes.getOrDefault("ids", attributes.getOrDefault("include", "")).split(",")) {
        if (!id.isBlank()) {
          ids.add(id.strip());
        }
      }
      List<Attachments.Image> images = new ArrayList<>();
      ids.forEach(id -> attachments.image(id).ifPresent(images::add));
      if (ids.isEmpty() || images.size() < ids.size()) {
        // Without ids it shows the post's attached images, which the file does not tie to it here.
        kept.add("gallery");
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      String columns = attributes.getOrDefault("columns", "3").strip();
      StringBuilder figure = new StringBuilder("<figure class=\"wp-block-gallery gallery columns-")
          .append(COLUMNS.matcher(columns).matches() ? columns : "3").append("\">");
      for (Attachments.Image image : images) {
        figure.append("<figure class=\"wp-block-image\"><img src=\"").append(attribute(image.url()))
            .append("\" alt=\"").append(attribute(image.alt())).append('"');
        if (image.width() > 0 && image.height() > 0) {
          figure.append(" width=\"").append(image.width()).append("\" height=\"").append(image.height()).append('"');
        }
        figure.append("></figure>");
      }
      figure.append("</figure>");
      m.appendReplacement(out, Matcher.quoteReplacement(figure.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code [embed]https://…[/embed]}: a link to it, the one thing that can be shown without a frame. */
  private String embeds(String html) {
    Matcher m = EMBED.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String url = Encoding.decodeHtml(m.group(1).strip(), false);
      String replacement = url.matches("https?://\\S+") ? linkParagraph(url) : m.group();
      if (replacement.equals(m.group())) {
        kept.add("embed");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code [audio src="…"]}, {@code [video mp4="…"]}: a player of a library file, else a link to the file. */
  private String players(String html) {
    Matcher m = PLAYER.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String kind = m.group(1).toLowerCase(Locale.ROOT);
      Map<String, String> attributes = attributes(m.group(2));
      String url = null;
      for (Map.Entry<String, String> a : attributes.entrySet()) {
        if (FILE_ATTRIBUTES.contains(a.getKey())) {
          url = a.getValue().strip();
          break;
        }
      }
      if (url == null && m.group(3) != null && m.group(3).strip().matches("\\S+")) {
        url = m.group(3).strip();
      }
      String replacement;
      if (url == null || url.isEmpty()) {
        kept.add(kind);
        replacement = m.group();
      } else {
        url = Encoding.decodeHtml(url, false);
        Optional<String> local = attachments.localCopy(url);
        if (local.isPresent()) {
          replacement = "<" + kind + " controls src=\"" + attribute(local.get()) + "\"></" + kind + ">";
        } else if (url.matches("https?://\\S+")) {
          problems.add("[" + kind + "] of " + url + " is not in the media library: shown as a link");
          replacement = linkParagraph(url);
        } else {
          kept.add(kind);
          replacement = m.group();
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * An address alone on its line, which WordPress would have embedded (a video, a tweet): a link,
   * never the other site's frame or script.
   */
  private static String bareUrls(String html) {
    Matcher m = BARE_URL.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(linkParagraph(Encoding.decodeHtml(m.group(1), false))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String linkParagraph(String url) {
    String escaped = attribute(url);
    return "<p><a href=\"" + escaped + "\">" + escaped + "</a></p>";
  }

  /** Text safe inside a double-quoted attribute or as element text. */
  private static String attribute(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A shortcode's attributes by lower-case name, quoted or not, values as written. */
  private static Map<String, String> attributes(String text) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(text);
    while (m.find()) {
      String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      attributes.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value);
    }
    return attributes;
  }
}
