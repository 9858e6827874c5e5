package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.PayloadTooLargeException;

/**
 * Fetches an attachment's file from the WordPress site for the importer: http and https only (a
 * redirect to any other scheme is refused), at most {@value #MAX_REDIRECTS} redirects, bounded
 * connect and read times and a bound on the whole download, and no more bytes than the media
 * library accepts in an upload ({@code cms.media.max-bytes}). The file is staged where uploads are,
 * for {@link DefaultMediaService} to check and store.
 *
 * <p>A host that resolves to a private, loopback, link-local or other internal address is refused,
 * on every redirect too, unless {@code cms.import.allow-private-hosts} is true (the tests serve
 * their images from localhost): an export file names any address it likes, and the server must not
 * fetch its own neighbours' pages for whoever uploads one. The check resolves the name just before
 * the connection does (the JVM's address cache makes both see one answer), not at the socket.
 */
@ApplicationScoped
public class AttachmentDownloader {

  static final int MAX_REDIRECTS = 5;
  static final int CONNECT_MILLIS = 10_000;
  static final int READ_MILLIS = 30_000;
  static final long WHOLE_MILLIS = 120_000;
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  @Inject MediaDirectory files;

  @Inject
  @ConfigProperty(name = "cms.media.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "cms.import.allow-private-hosts", defaultValue = "false")
  boolean allowPrivateHosts;

  /** Why an attachment could not be fetched, in words for the import's report. */
  public static final class Failed extends RuntimeException {
    Failed(String reason) {
      super(reason);
    }
  }

  /**
   * The attachment's bytes, staged; the caller discards the file.
   *
   * @throws Failed when the address is not http(s), the server does not answer 200, the file is
   *     larger than an upload may be, or the download breaks off or takes too long
   */
  public Path download(String address) {
    URI uri = reachable(checked(address, address));
    long deadline = System.currentTimeMillis() + WHOLE_MILLIS;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpURLConnection connection = null;
      try {
        connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout(CONNECT_MILLIS);
        connection.setReadTimeout(READ_MILLIS);
        connection.setRequestProperty("Accept", "image/*");
        connection.setRequestProperty("User-Agent", "Inkwell-CMS-WordPress-importer");
        int status = connection.getResponseCode();
        if (REDIRECTS.contains(status)) {
          String location = connection.getHeaderField("Location");
          if (location == null || location.isBlank()) {
            throw new Failed("the server answered " + status + " without saying where to");
          }
          uri = reachable(checked(uri.resolve(location.strip()).toString(), address));
          continue;
        }
        if (status != 200) {
          throw new Failed("the server answered " + status);
        }
        if (connection.getContentLengthLong() > maxBytes) {
          throw tooLarge();
        }
        try (InputStream in = new Deadline(connection.getInputStream(), deadline)) {
          return files.stage(in, maxBytes);
        }
      } catch (PayloadTooLargeException e) {
        throw tooLarge();
      } catch (InvalidInputException empty) {
        throw new Failed("the server sent an empty file");
      } catch (UnknownHostException e) {
        throw new Failed("the host " + uri.getHost() + " is unknown");
      } catch (SocketTimeoutException e) {
        throw new Failed("the server did not answer in time");
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        throw new Failed("the download failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
      } finally {
        if (connection != null) {
          connection.disconnect();
        }
      }
    }
    throw new Failed("more than " + MAX_REDIRECTS + " redirects");
  }

  private Failed tooLarge() {
    return new Failed("larger than the media library's upload limit of " + maxBytes + " bytes");
  }

  /** The address, unless its host is internal and such hosts are not allowed. */
  private URI reachable(URI uri) {
    if (allowPrivateHosts) {
      return uri;
    }
    try {
      for (InetAddress resolved : InetAddress.getAllByName(uri.getHost())) {
        if (isInternal(resolved)) {
          throw new Failed("the host " + uri.getHost() + " is a private, loopback or link-local address"
              + " (CMS_IMPORT_ALLOW_PRIVATE_HOSTS=true allows such hosts)");
        }
      }
      return uri;
    } catch (UnknownHostException e) {
      throw new Failed("the host " + uri.getHost() + " is unknown");
    }
  }

  /**
   * Whether an address is one of a private network, this machine or its link rather than of the
   * internet: loopback, unspecified, link-local, site-local (10/8, 172.16/12, 192.168/16),
   * multicast, IPv6 unique-local (fc00::/7), shared address space (100.64/10) and 0/8.
   */
  static boolean isInternal(InetAddress address) {
    if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xfe) == 0xfc;
    }
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    return first == 0 || (first == 100 && second >= 64 && second <= 127);
  }

  /** The address as a URI, when it is an absolute http(s) one with a host. */
  static URI checked(String address, String original) {
    try {
      URI uri = new URI(address.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new Failed(original.equals(address)
            ? "only http and https addresses are downloaded"
            : "redirected to " + address + ": only http and https addresses are downloaded");
      }
      if (uri.getHost() == null) {
        throw new Failed("the address has no host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new Failed("not a valid address");
    }
  }

  /** Ends a download that trickles on past its bound (a read timeout alone allows any length). */
  private static final class Deadline extends FilterInputStream {
    private final long deadline;

    Deadline(InputStream in, long deadline) {
      super(in);
      this.deadline = deadline;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (System.currentTimeMillis() > deadline) {
        throw new IOException("it took longer than " + WHOLE_MILLIS / 1000 + " seconds");
      }
      return super.read(b, off, len);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }
  }
}
