package org.inkwell.cms.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inkwell.cms.articles.ImageSize;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.MediaFiles;
import org.inkwell.cms.articles.MediaService;
import org.inkwell.cms.articles.MediaVariant;

/**
 * The intrinsic size of an image the site shows, by its URL, so that pages give {@code <img>} its
 * width and height and readers' browsers reserve its space before it loads: the media library's
 * files from their stored dimensions, the WAR's own SVGs (the demo's) from their root element.
 * Images elsewhere on the web have no known size. The file at such a URL never changes, so each
 * size is looked up once.
 */
@ApplicationScoped
public class ImageSizes {

  /** SVGs the WAR itself serves, by a plain path (nothing that could leave {@code /media/}). */
  private static final Pattern OWN_SVG = Pattern.compile("/media/(?:[a-z0-9_-]+/)*[a-z0-9_.-]+\\.svg");

  @Inject MediaService media;
  @Inject ServletContext context;

  private final Cache<String, Optional<ShownImage>> known =
      Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();

  /** Empty for {@code null}, an image elsewhere or one whose size cannot be read. */
  Optional<ImageSize> of(String url) {
    return shown(url).map(ShownImage::size);
  }

  /** The image at this URL with its other widths; empty as for {@link #of}. */
  Optional<ShownImage> shown(String url) {
    return url == null ? Optional.empty() : known.get(url, this::read);
  }

  private Optional<ShownImage> read(String url) {
    if (url.startsWith(MediaFiles.URL_PREFIX)) {
      return media.imageAt(url).map(image -> library(image, url));
    }
    if (!OWN_SVG.matcher(url).matches()) {
      return Optional.empty();
    }
    try (InputStream svg = context.getResourceAsStream(url)) {
      return svg == null ? Optional.empty() : SvgSize.read(svg).map(size -> new ShownImage(size, List.of()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The library's files of one picture: the original and its scaled copies. The cropped thumbnail
   * shows another picture and is offered only for itself.
   */
  private static ShownImage library(MediaDetails image, String url) {
    List<ShownImage.Candidate> scaled = new ArrayList<>();
    scaled.add(new ShownImage.Candidate(image.url(), image.width(), image.height()));
    ShownImage.Candidate self = scaled.get(0);
    for (MediaVariant v : image.variants()) {
      ShownImage.Candidate candidate = new ShownImage.Candidate(v.url(), v.width(), v.height());
      if (!v.name().equals(MediaVariant.THUMBNAIL)) {
        scaled.add(candidate);
      }
      if (v.url().equals(url)) {
        self = candidate;
      }
    }
    ImageSize size = new ImageSize(self.width(), self.height());
    if (!scaled.contains(self)) {
      return new ShownImage(size, List.of(self));
    }
    scaled.sort(Comparator.comparingInt(ShownImage.Candidate::width));
    return new ShownImage(size, scaled);
  }
}
