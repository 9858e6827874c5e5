package org.inkwell.cms.web.site;

import java.util.List;
import java.util.stream.Collectors;
import org.inkwell.cms.articles.ImageSize;

/**
 * An image a page shows, as far as the site knows it: the size of the file at its URL and, for the
 * media library's images, the files of the same picture at other widths, narrowest first.
 */
record ShownImage(ImageSize size, List<Candidate> candidates) {

  /** One file of the picture: {@code url} root-relative. */
  record Candidate(String url, int width, int height) {}

  ShownImage {
    candidates = List.copyOf(candidates);
  }

  /** The {@code srcset} that lets a browser pick the file for its screen; empty with one file. */
  String srcset() {
    return candidates.size() < 2
        ? ""
        : candidates.stream().map(c -> c.url() + " " + c.width() + "w").collect(Collectors.joining(", "));
  }

  /** The widest file no wider than {@code width}, else the narrowest: what a feed reader gets. */
  Candidate atMost(int width) {
    Candidate chosen = candidates.get(0);
    for (Candidate c : candidates) {
      if (c.width() <= width) {
        chosen = c;
      }
    }
    return chosen;
  }
}
