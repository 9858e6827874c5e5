package org.inkwell.cms.articles.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.SiteSettingsInput;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.StoredText;

/** What site settings may be, and their stored form. */
final class SiteSettingsRules {

  static final int MAX_NAME = 200;
  static final int MAX_TAGLINE = 500;
  static final int MAX_ADDRESS = 2000;
  static final int MAX_PER_PAGE = 50;
  /** Browsers scale an icon down to 16–32 pixels, and up for home screens: 48 still looks sharp. */
  static final int MIN_ICON_PIXELS = 48;
  /** Browsers squeeze a non-square icon: more than a tenth off square shows. */
  private static final double MIN_ICON_ASPECT = 0.9;

  private SiteSettingsRules() {}

  /**
   * The input with its texts trimmed and its address in canonical form.
   *
   * @param media the media library's image with an id, if there is one
   * @throws InvalidInputException naming every bad field
   */
  static SiteSettingsInput checked(SiteSettingsInput in, LongFunction<Optional<MediaDetails>> media) {
    List<FieldError> errors = new ArrayList<>();
    String name = in.name() == null ? null : in.name().strip();
    if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
      errors.add(new FieldError("name", "must have 1 to " + MAX_NAME + " characters"));
    }
    StoredText.checkLine(errors, "name", name);
    String tagline = blankToNull(in.tagline());
    if (tagline != null && tagline.length() > MAX_TAGLINE) {
      errors.add(new FieldError("tagline", "must have at most " + MAX_TAGLINE + " characters"));
    }
    StoredText.checkLine(errors, "tagline", tagline);
    String address = address(blankToNull(in.address()), errors);
    String zone = zone(blankToNull(in.timeZone()), errors);
    if (in.perPage() != null && (in.perPage() < 1 || in.perPage() > MAX_PER_PAGE)) {
      errors.add(new FieldError("perPage", "must be between 1 and " + MAX_PER_PAGE));
    }
    if (in.socialImageId() != null && media.apply(in.socialImageId()).isEmpty()) {
      errors.add(new FieldError("socialImageId", "must be the id of an image in the media library"));
    }
    if (in.iconId() != null) {
      Optional<MediaDetails> icon = media.apply(in.iconId());
      if (icon.isEmpty()) {
        errors.add(new FieldError("iconId", "must be the id of an image in the media library"));
      } else if (!isIcon(icon.get())) {
        errors.add(new FieldError("iconId",
            "must be a square image of at least " + MIN_ICON_PIXELS + " × " + MIN_ICON_PIXELS + " pixels"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new SiteSettingsInput(name, tagline, address, zone, in.perPage(), in.socialImageId(), in.iconId(),
        in.discourageSearchEngines());
  }

  private static boolean isIcon(MediaDetails image) {
    int shorter = Math.min(image.width(), image.height());
    int longer = Math.max(image.width(), image.height());
    return shorter >= MIN_ICON_PIXELS && shorter >= MIN_ICON_ASPECT * longer;
  }

  /** An absolute http(s) address without user, query or fragment, lower-case host, no trailing slash. */
  private static String address(String address, List<FieldError> errors) {
    if (address == null) {
      return null;
    }
    String rule = "must be an absolute http or https address without query or fragment, e.g. https://example.org";
    if (address.length() > MAX_ADDRESS) {
      errors.add(new FieldError("address", "must have at most " + MAX_ADDRESS + " characters"));
      return null;
    }
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
          || uri.getRawQuery() != null || uri.getRawFragment() != null) {
        errors.add(new FieldError("address", rule));
        return null;
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path;
    } catch (URISyntaxException e) {
      errors.add(new FieldError("address", rule));
      return null;
    }
  }

  private static String zone(String zone, List<FieldError> errors) {
    if (zone == null) {
      return null;
    }
    try {
      return ZoneId.of(zone).getId();
    } catch (DateTimeException e) {
      errors.add(new FieldError("timeZone", "must be a time zone id such as UTC or Europe/Paris"));
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
