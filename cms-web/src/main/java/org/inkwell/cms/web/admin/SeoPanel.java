package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.inkwell.cms.articles.SiteSettingsService;

/** The SEO checks of what the editor form holds right now; re-rendered as the editor types. */
@Named
@RequestScoped
public class SeoPanel {

  @Inject EditorPage editor;
  @Inject SiteSettingsService site;

  private SeoReport report;

  public SeoReport getReport() {
    if (report == null) {
      EditorFields f = editor.getFields();
      report = SeoAnalysis.analyse(new SeoDraft(f.getTitle(), f.getMetaTitle(), editor.getSlugPreview(), f.getBody(),
          f.getMetaDescription(), f.getFocusKeyphrase(), f.getFeaturedImageAlt(), site.settings().name()));
    }
    return report;
  }

  public String text(SeoCheck check) {
    String pattern = ResourceBundle.getBundle(SeoAnalysis.MESSAGES, Locale.ENGLISH).getString(check.messageKey());
    return new MessageFormat(pattern, Locale.ENGLISH).format(check.args().toArray());
  }
}
