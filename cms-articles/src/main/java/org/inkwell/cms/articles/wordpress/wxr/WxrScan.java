package org.inkwell.cms.articles.wordpress.wxr;

import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts what a WXR file holds in one streaming pass, for the admin to see (and map its authors)
 * before an import starts. Only the authors (at most {@link #MAX_AUTHORS}) and the terms' ids are
 * kept, not the items.
 */
public final class WxrScan {

  /** Authors listed by a summary; a file may name any number in its items. */
  public static final int MAX_AUTHORS = 500;

  private final Map<String, WxrAuthor> authors = new LinkedHashMap<>();
  private final Set<String> unlisted = new HashSet<>();
  private final Set<String> terms = new HashSet<>();
  private int posts;
  private int pages;
  private int attachments;
  private int categories;
  private int tags;
  private int menuItems;
  private int otherItems;
  private int otherTerms;
  private int comments;

  private WxrScan() {}

  /**
   * Reads the whole file. Malformed XML after the root stops the count where it is, and the summary
   * says where.
   *
   * @throws WxrFormatException when the file is not XML or not a WordPress export of a known version
   */
  public static WxrSummary of(InputStream in) {
    WxrScan scan = new WxrScan();
    try (WxrReader reader = WxrReader.open(in)) {
      String stoppedAt = null;
      try {
        for (WxrEntry entry = reader.next(); entry != null; entry = reader.next()) {
          scan.count(entry);
        }
      } catch (WxrFormatException malformed) {
        stoppedAt = malformed.getMessage();
      }
      return scan.summary(reader, stoppedAt);
    }
  }

  private void count(WxrEntry entry) {
    if (entry instanceof WxrAuthor author) {
      if (!author.login().isBlank()) {
        // A declared author replaces what an earlier item's dc:creator told of the same login.
        list(author, true);
      }
    } else if (entry instanceof WxrTerm term) {
      if (!terms.add(term.taxonomy() + ":" + term.key())) {
        return; // a file may list a tag twice, as wp:tag and as wp:term
      }
      switch (term.taxonomy()) {
        case WxrTerm.CATEGORY -> categories++;
        case WxrTerm.TAG -> tags++;
        default -> otherTerms++;
      }
    } else if (entry instanceof WxrItem item) {
      switch (item.postType()) {
        case "post" -> posts++;
        case "page" -> pages++;
        case WxrItem.ATTACHMENT -> attachments++;
        case "nav_menu_item" -> menuItems++;
        default -> otherItems++;
      }
      comments += item.comments();
      creator(item.creator());
    }
  }

  private void creator(String login) {
    if (!login.isBlank()) {
      list(new WxrAuthor(login.strip(), "", "", ""), false);
    }
  }

  private void list(WxrAuthor author, boolean declared) {
    String key = WxrAuthor.key(author.login());
    if (authors.containsKey(key)) {
      if (declared) {
        authors.put(key, author);
      }
    } else if (authors.size() < MAX_AUTHORS) {
      authors.put(key, author);
    } else if (unlisted.size() < MAX_AUTHORS) {
      unlisted.add(key);
    }
  }

  private WxrSummary summary(WxrReader reader, String stoppedAt) {
    return new WxrSummary(
        reader.site(),
        reader.version(),
        posts,
        pages,
        attachments,
        categories,
        tags,
        menuItems,
        otherItems,
        otherTerms,
        comments,
        List.copyOf(authors.values()),
        unlisted.size(),
        stoppedAt);
  }
}
