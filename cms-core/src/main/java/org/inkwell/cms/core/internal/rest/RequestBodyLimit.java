package org.inkwell.cms.core.internal.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.inkwell.cms.core.PayloadTooLargeException;

/**
 * Refuses request bodies over {@code cms.api.max-body-bytes} (default 2 MiB) with 413: by the
 * declared length when there is one, else while the body is read. Uploads (image and octet-stream
 * bodies, which only the media library accepts) have their own limit, {@code cms.media.max-bytes}
 * (default 10 MiB), and WordPress imports ({@code POST /api/imports}) theirs, {@code
 * cms.import.max.bytes} (default 1 GiB), as their files are streamed to disk. Also refuses with 415 a body that does not say what it is (no {@code
 * Content-Type}) or names a charset that does not exist (which the body reader would fail on).
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

  private static final long DEFAULT_LIMIT = 2L * 1024 * 1024;
  private static final long DEFAULT_UPLOAD_LIMIT = 10L * 1024 * 1024;
  private static final long DEFAULT_IMPORT_LIMIT = 1024L * 1024 * 1024;
  // Up to this much of a refused body is read and dropped first: clients that write the whole
  // body before reading the answer would otherwise never see the 413.
  private static final long MAX_DRAINED = 64L * 1024 * 1024;

  private volatile Long limit;
  private volatile Long uploadLimit;
  private volatile Long importLimit;

  @Override
  public void filter(ContainerRequestContext request) {
    long max = isImport(request.getMethod(), request.getUriInfo().getPath()) ? importLimit() : isUpload(request.getMediaType()) ? uploadLimit() : limit();
    if (request.getLength() > max) {
      drain(request.getEntityStream(), request.getLength());
      throw new PayloadTooLargeException(max);
    }
    if (request.hasEntity() && request.getMediaType() == null) {
      throw new NotSupportedException("A request body needs a Content-Type.");
    }
    if (request.hasEntity() && !hasKnownCharset(request.getMediaType())) {
      throw new NotSupportedException("Unknown charset in the Content-Type.");
    }
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedInputStream(request.getEntityStream(), max));
    }
  }

  private static void drain(InputStream body, long length) {
    if (length > MAX_DRAINED) {
      return;
    }
    byte[] buffer = new byte[64 * 1024];
    try {
      while (body.read(buffer) >= 0) {
        // discard
      }
    } catch (IOException clientWentAway) {
      // nothing to answer then
    }
  }

  /** Whether a body of this type is a file upload: any image type, or octet-stream. */
  static boolean isUpload(MediaType type) {
    if (type == null || type.isWildcardSubtype()) {
      return false;
    }
    return type.getType().equalsIgnoreCase("image")
        || (type.getType().equalsIgnoreCase("application") && type.getSubtype().equalsIgnoreCase("octet-stream"));
  }

  /** Whether the request starts a WordPress import, whose file has its own limit. */
  static boolean isImport(String method, String path) {
    return "POST".equals(method) && path.replaceAll("^/+|/+$", "").equals("imports");
  }

  /** Whether the type names no charset or one this runtime can decode. */
  static boolean hasKnownCharset(MediaType type) {
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    try {
      return charset == null || Charset.isSupported(charset);
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }

  private long limit() {
    Long value = limit;
    if (value == null) {
      value = configured("cms.api.max-body-bytes", DEFAULT_LIMIT);
      limit = value;
    }
    return value;
  }

  private long uploadLimit() {
    Long value = uploadLimit;
    if (value == null) {
      value = configured("cms.media.max-bytes", DEFAULT_UPLOAD_LIMIT);
      uploadLimit = value;
    }
    return value;
  }

  private long importLimit() {
    Long value = importLimit;
    if (value == null) {
      value = configured("cms.import.max.bytes", DEFAULT_IMPORT_LIMIT);
      importLimit = value;
    }
    return value;
  }

  private static long configured(String key, long fallback) {
    return ConfigProvider.getConfig().getOptionalValue(key, Long.class).orElse(fallback);
  }

  private static final class LimitedInputStream extends FilterInputStream {
    private final long max;
    private long count;

    LimitedInputStream(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = super.read(buffer, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > max) {
        throw new PayloadTooLargeException(max);
      }
    }
  }
}
