package org.inkwell.cms.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inkwell.cms.articles.ImageSize;
import org.inkwell.cms.articles.MediaFiles;
import org.inkwell.cms.articles.MediaService;

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

  private final Cache<String, Optional<ImageSize>> known =
      Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();

  /** Empty for {@code null}, an image elsewhere or one whose size cannot be read. */
  Optional<ImageSize> of(String url) {
    return url == null ? Optional.empty() : known.get(url, this::read);
  }

  private Optional<ImageSize> read(String url) {
    if (url.startsWith(MediaFiles.URL_PREFIX)) {
      return media.sizeOf(url);
    }
    if (!OWN_SVG.matcher(url).matches()) {
      return Optional.empty();
    }
    try (InputStream svg = context.getResourceAsStream(url)) {
      return svg == null ? Optional.empty() : SvgSize.read(svg);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
