package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.inkwell.cms.articles.SiteSettingsService;

/** Times as editors read them: in the site's time zone, which is also the zone they schedule in. */
@Named("dates")
@RequestScoped
public class AdminDates {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMM d, yyyy, HH:mm", Locale.ENGLISH);

  @Inject SiteSettingsService site;

  public String format(Instant at) {
    return at == null ? "" : SHOWN.format(at.atZone(zone()));
  }

  public ZoneId zone() {
    return site.settings().timeZone();
  }

  public String getZoneId() {
    return zone().getId();
  }
}
