package org.inkwell.cms.web.site;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.inkwell.cms.core.spi.ArticleCard;
import org.inkwell.cms.core.spi.Theme;

/**
 * The theme's templates (Pebble, under {@code site/templates/} on the class path). Pebble escapes
 * every value for HTML unless a template marks it {@code raw}: only sanitised article bodies,
 * search highlights (escaped by the search), card lists and blocks made by these templates, and
 * JSON-LD (written by a JSON library, with {@code <} escaped) are.
 */
@ApplicationScoped
public class Templates implements Theme {

  private final PebbleEngine engine;

  @Inject ImageSizes imageSizes;

  public Templates() {
    ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
    loader.setPrefix("site/templates");
    loader.setSuffix(".peb");
    engine = new PebbleEngine.Builder().loader(loader).newLineTrimming(false).build();
  }

  String render(String template, Map<String, Object> model) {
    StringWriter out = new StringWriter(16 * 1024);
    try {
      engine.getTemplate(template).evaluate(out, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Override
  public String cardSection(String id, String heading, List<ArticleCard> cards) {
    return render("card-section", Map.of("id", id, "heading", heading, "cards", withImageSizes(cards)));
  }

  /** Cards whose titles are headings of this level (2 under a page's H1). */
  String cardList(List<ArticleCard> cards, int level) {
    return render("card-list", Map.of("cards", withImageSizes(cards), "level", level));
  }

  private List<Views.Card> withImageSizes(List<ArticleCard> cards) {
    return cards.stream().map(c -> new Views.Card(c, imageSizes.of(c.imageUrl()).orElse(null))).toList();
  }
}
