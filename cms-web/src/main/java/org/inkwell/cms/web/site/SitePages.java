package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleQuery;
import org.inkwell.cms.articles.ArticleSearch;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageSearch;
import org.inkwell.cms.articles.PageService;
import org.inkwell.cms.articles.SearchHit;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.MediaVariant;
import org.inkwell.cms.articles.SiteSettings;
import org.inkwell.cms.articles.SiteSettingsService;
import org.inkwell.cms.articles.TagDetails;
import org.inkwell.cms.articles.TaxonomyService;
import org.inkwell.cms.articles.Term;
import org.inkwell.cms.articles.UserDetails;
import org.inkwell.cms.articles.UserService;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;
import org.inkwell.cms.core.spi.ArticleCard;
import org.inkwell.cms.core.spi.RenderedBlock;
import org.inkwell.cms.web.site.Views.Link;

/** Renders the HTML pages of the public site: articles, pages, archives, search and the 404 page. */
@ApplicationScoped
public class SitePages {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final int WORDS_PER_MINUTE = 200;
  private static final int LATEST_ON_NOT_FOUND = 5;
  /** Pages found beside the articles of a search, as WordPress themes with page search show them. */
  private static final int PAGES_IN_SEARCH = 5;
  /** More sticky articles than this would push every other article off the home page. */
  private static final int MAX_STICKY = 20;

  @Inject ArticleService articles;
  @Inject PageService pages;
  @Inject TaxonomyService taxonomy;
  @Inject UserService users;
  @Inject ArticleSearch search;
  @Inject PageSearch pageSearch;
  @Inject PageBlocks blocks;
  @Inject Templates templates;
  @Inject SiteSettingsService settings;
  @Inject Stylesheet stylesheet;
  @Inject ImageSizes imageSizes;
  @Inject Navigation navigation;

  /** What every page frames its content with, read once per rendering. */
  record Frame(Views.Site site, Categories categories) {
    String base() {
      return site.base();
    }
  }

  Frame frame(String base) {
    SiteSettings info = settings.settings();
    List<CategoryDetails> all = taxonomy.categories();
    Categories categories = new Categories(all);
    Navigation.Shown menus = navigation.current(categories);
    return new Frame(
        new Views.Site(info.name(), info.tagline(), base, stylesheet.url(), menus.header(), menus.footer(),
            all.stream().map(SitePages::link).toList(),
            icon(info.icon()), socialImage(base, info.socialImage()), info.discourageSearchEngines()),
        categories);
  }

  /** The centre-cropped thumbnail is square whatever the upload's small offsets from square. */
  private static Views.Image icon(MediaDetails image) {
    if (image == null) {
      return null;
    }
    return image.variants().stream()
        .filter(v -> v.name().equals(MediaVariant.THUMBNAIL))
        .findFirst()
        .map(v -> new Views.Image(v.url(), v.width(), v.height()))
        .orElse(new Views.Image(image.url(), image.width(), image.height()));
  }

  /** The original: social networks want 1200 × 630, larger than any variant. */
  private static Views.Image socialImage(String base, MediaDetails image) {
    return image == null ? null : new Views.Image(SeoHead.absolute(base, image.url()), image.width(), image.height());
  }

  /** An article, else a page (one namespace of top-level slugs), else a redirect from an old slug. */
  PageResult article(Route.Article route, Frame frame) {
    Optional<ArticleDetails> found = articles.findPublished(route.slug());
    if (found.isPresent()) {
      return articlePage(found.get(), frame);
    }
    Optional<PageDetails> page = pages.findPublished(route.slug());
    if (page.isPresent()) {
      return pageAt(route.slug(), page.get(), frame);
    }
    return articles.currentSlug(route.slug())
        .map(current -> PageResult.movedTo(frame.base() + "/" + current + "/"))
        .orElse(PageResult.NOT_FOUND);
  }

  PageResult page(Route.Page route, Frame frame) {
    String slug = route.path().substring(route.path().lastIndexOf('/') + 1);
    return pages.findPublished(slug).map(p -> pageAt(route.path(), p, frame)).orElse(PageResult.NOT_FOUND);
  }

  /** The page if it lives at {@code path}; else a redirect to where it lives now (a new slug or parent). */
  private PageResult pageAt(String path, PageDetails p, Frame frame) {
    if (!p.path().equals(path)) {
      return PageResult.movedTo(frame.base() + "/" + p.path() + "/");
    }
    return pagePage(p, frame);
  }

  /** A page as readers see it at its address; a preview of a draft is the same page, never kept or indexed. */
  PageResult pagePage(PageDetails p, Frame frame) {
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(new Link("Home", frame.base() + "/"));
    p.ancestors().forEach(a -> crumbs.add(new Link(a.title(), frame.base() + "/" + a.path() + "/")));
    crumbs.add(new Link(p.title(), frame.base() + "/" + p.path() + "/"));
    Map<String, Object> model = model(frame, SeoHead.page(frame.site(), p, crumbs), null);
    model.put("page", p);
    model.put("body", ScrollingTables.wrap(ResponsiveImages.inBody(p.body(), imageSizes::shown)));
    putFeaturedImage(model, p.featuredImage());
    model.put("crumbs", crumbs);
    return PageResult.html(200, templates.render("page", model), Set.of(PageDependencies.PAGES));
  }

  /** The featured image's size and, for a library image, its other widths. */
  private void putFeaturedImage(Map<String, Object> model, String url) {
    Optional<ShownImage> shown = imageSizes.shown(url);
    model.put("image", shown.map(ShownImage::size).orElse(null));
    model.put("srcset", shown.map(ShownImage::srcset).orElse(""));
    model.put("sizes", ResponsiveImages.SIZES);
  }

  /** An article as readers see it; a preview of a draft is the same page, never kept or indexed. */
  PageResult articlePage(ArticleDetails a, Frame frame) {
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(new Link("Home", frame.base() + "/"));
    frame.categories().path(a.category().slug()).forEach(c -> crumbs.add(absolute(frame.base(), link(c))));
    crumbs.add(new Link(a.title(), frame.base() + "/" + a.slug() + "/"));

    PageBlocks.Rendered below = blocks.renderFor(ref(a));
    Set<String> dependsOn = new HashSet<>();
    dependsOn.add(PageDependencies.article(a.id()));
    dependsOn.add(PageDependencies.blocksOf(a.id()));
    dependsOn.add(PageDependencies.BLOCKS);
    for (RenderedBlock block : below.blocks()) {
      block.articleIds().forEach(id -> dependsOn.add(PageDependencies.article(id)));
    }

    Map<String, Object> model = model(frame, SeoHead.article(frame.site(), a, crumbs), null);
    model.put("article", a);
    model.put("body", ScrollingTables.wrap(ResponsiveImages.inBody(a.body(), imageSizes::shown)));
    putFeaturedImage(model, a.featuredImage());
    model.put("crumbs", crumbs);
    model.put("published", date(a.publishedAt()));
    model.put("readingMinutes", readingMinutes(a.body()));
    model.put("blocks", below.blocks().stream().map(RenderedBlock::html).toList());
    PageResult page = PageResult.html(200, templates.render("article", model), dependsOn);
    return below.failed() ? page.notToKeep() : page;
  }

  /**
   * The latest articles; the first page shows the sticky ones first, as WordPress does: above the
   * others and in addition to them, newest first. Later pages list every article by date.
   */
  PageResult home(Route.Home route, Frame frame) {
    List<ArticleDetails> first = route.page() == 1 ? articles.stickyPublished(MAX_STICKY) : List.of();
    // Making any article sticky or not changes the first page, wherever that article is listed.
    Set<String> dependsOn = route.page() == 1
        ? Set.of(PageDependencies.LATEST, PageDependencies.ANY_ARTICLE)
        : Set.of(PageDependencies.LATEST);
    return archive(frame, null, frame.site().tagline(), "/", route.page(), ArticleQuery.published(),
        List.of(), List.of(), dependsOn, false, first);
  }

  PageResult category(Route.Category route, Frame frame) {
    Optional<CategoryDetails> category = frame.categories().find(route.slug());
    if (category.isEmpty()) {
      return PageResult.NOT_FOUND;
    }
    Set<String> subtree = frame.categories().subtree(route.slug());
    Set<String> dependsOn = new HashSet<>();
    subtree.forEach(slug -> dependsOn.add(PageDependencies.category(slug)));
    List<Link> path = frame.categories().path(route.slug()).stream().map(SitePages::link).toList();
    List<Link> children = frame.categories().children(route.slug()).stream().map(SitePages::link).toList();
    return archive(frame, category.get().name(), category.get().description(), "/category/" + route.slug() + "/",
        route.page(), ArticleQuery.published().inCategories(subtree), path, children, dependsOn, false);
  }

  PageResult tag(Route.Tag route, Frame frame) {
    Optional<TagDetails> tag = taxonomy.tag(route.slug());
    if (tag.isEmpty()) {
      return PageResult.NOT_FOUND;
    }
    String url = "/tag/" + route.slug() + "/";
    return archive(frame, "Tag: " + tag.get().name(), null, url, route.page(),
        ArticleQuery.published().withTag(route.slug()), List.of(new Link(tag.get().name(), url)), List.of(),
        Set.of(PageDependencies.tag(route.slug())), false);
  }

  PageResult author(Route.Author route, Frame frame) {
    Optional<UserDetails> author = users.profile(route.login());
    if (author.isEmpty()) {
      return PageResult.NOT_FOUND;
    }
    String url = "/author/" + route.login() + "/";
    // Users who never published have no public page: their login stays private.
    return archive(frame, author.get().name(), author.get().bio(), url, route.page(),
        ArticleQuery.published().byAuthor(route.login()), List.of(new Link(author.get().name(), url)), List.of(),
        Set.of(PageDependencies.LATEST), true);
  }

  PageResult search(Route.Search route, Frame frame) {
    PageRequest request = new PageRequest(route.page(), settings.settings().perPage());
    ResultPage<SearchHit> hits = route.query().isEmpty()
        ? new ResultPage<>(List.of(), 0, request)
        : search.search(route.query(), request);
    if (route.page() > 1 && hits.items().isEmpty()) {
      return PageResult.NOT_FOUND;
    }
    String q = URLEncoder.encode(route.query(), StandardCharsets.UTF_8);
    Views.Pages pages = pages(route.page(), hits.totalPages(), n -> "/search?q=" + q + (n > 1 ? "&page=" + n : ""));
    String url = frame.base() + "/search?q=" + q + (route.page() > 1 ? "&page=" + route.page() : "");
    String heading = route.query().isEmpty() ? "Search" : "Search results for “" + route.query() + "”";
    Map<String, Object> model = model(frame,
        SeoHead.listing(frame.site(), heading, null, url, pages, List.of(new Link("Home", frame.base() + "/"), new Link(heading, url)), true),
        null);
    model.put("query", route.query());
    model.put("hits", hits.items());
    // On the first page only: the later ones page through articles.
    model.put("pageHits", route.page() == 1 ? pageSearch.searchPages(route.query(), PAGES_IN_SEARCH) : List.of());
    model.put("total", hits.total());
    model.put("pages", pages);
    // Results follow the index, which no page dependency tracks: rendered for each request.
    return PageResult.html(200, templates.render("search", model), Set.of()).notToKeep();
  }

  /** The 404 page: a search box and the latest articles, the same for every unknown address. */
  PageResult notFound(Frame frame) {
    List<ArticleCard> latest = articles.list(ArticleQuery.published(), new PageRequest(1, LATEST_ON_NOT_FOUND), Actor.ANONYMOUS)
        .items().stream().map(SitePages::card).toList();
    Map<String, Object> model = model(frame,
        SeoHead.listing(frame.site(), "Page not found", null, null, null, List.of(new Link("Home", frame.base() + "/")), true),
        null);
    model.put("cards", latest);
    model.put("cardList", templates.cardList(latest, 3));
    // Any edit may turn an unknown address into an article.
    return PageResult.html(404, templates.render("not-found", model),
        Set.of(PageDependencies.LATEST, PageDependencies.ANY_ARTICLE, PageDependencies.PAGES));
  }

  /** A page for an error the reader can do nothing about but wait, without any detail. */
  PageResult error(Frame frame, int status, String heading, String message) {
    Map<String, Object> model = model(frame,
        SeoHead.listing(frame.site(), heading, null, null, null, List.of(new Link("Home", frame.base() + "/")), true), null);
    model.put("heading", heading);
    model.put("message", message);
    return PageResult.html(status, templates.render("error", model), Set.of());
  }

  private PageResult archive(Frame frame, String heading, String description, String path, int page, ArticleQuery query,
      List<Link> trail, List<Link> children, Set<String> listDependencies, boolean emptyIsNotFound) {
    return archive(frame, heading, description, path, page, query, trail, children, listDependencies, emptyIsNotFound,
        List.of());
  }

  /** @param first articles shown before the listed ones, which then leave them out */
  private PageResult archive(Frame frame, String heading, String description, String path, int page, ArticleQuery query,
      List<Link> trail, List<Link> children, Set<String> listDependencies, boolean emptyIsNotFound,
      List<ArticleDetails> first) {
    ResultPage<ArticleDetails> found = articles.list(query, new PageRequest(page, settings.settings().perPage()), Actor.ANONYMOUS);
    if ((page > 1 || emptyIsNotFound) && found.items().isEmpty()) {
      return PageResult.NOT_FOUND;
    }
    List<ArticleDetails> shown = new ArrayList<>(first);
    Set<Long> firstIds = new HashSet<>();
    first.forEach(a -> firstIds.add(a.id()));
    found.items().stream().filter(a -> !firstIds.contains(a.id())).forEach(shown::add);
    Views.Pages pages = pages(page, found.totalPages(), n -> n == 1 ? path : path + "page/" + n + "/");
    String url = frame.base() + (page == 1 ? path : path + "page/" + page + "/");
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(new Link("Home", frame.base() + "/"));
    trail.forEach(l -> crumbs.add(absolute(frame.base(), l)));
    List<ArticleCard> cards = shown.stream().map(SitePages::card).toList();

    Views.Head head = SeoHead.listing(frame.site(), heading, description, url, pages, crumbs, false);
    if (path.startsWith("/category/")) {
      head = withFeed(head, (heading == null ? "" : heading + " – ") + frame.site().name(), frame.base() + path + "feed/");
    }
    Map<String, Object> model = model(frame, head, path);
    model.put("heading", heading == null ? "Latest articles" : heading);
    model.put("description", description);
    model.put("crumbs", crumbs.size() > 1 ? crumbs : List.of());
    model.put("children", children);
    model.put("cards", cards);
    model.put("cardList", templates.cardList(cards, 2));
    model.put("pages", pages);
    Set<String> dependsOn = new HashSet<>(listDependencies);
    cards.forEach(c -> dependsOn.add(PageDependencies.article(c.id())));
    return PageResult.html(200, templates.render("archive", model), dependsOn);
  }

  private Map<String, Object> model(Frame frame, Views.Head head, String currentUrl) {
    Map<String, Object> model = new HashMap<>();
    model.put("site", frame.site());
    model.put("head", head);
    model.put("query", "");
    model.put("currentUrl", currentUrl);
    return model;
  }

  private static Views.Head withFeed(Views.Head h, String title, String url) {
    return new Views.Head(h.title(), h.description(), h.canonical(), h.noindex(), h.prev(), h.next(), h.meta(), h.jsonLd(), title, url);
  }

  private static Views.Pages pages(int page, long total, IntFunction<String> url) {
    return new Views.Pages(page, total, page > 1 ? url.apply(page - 1) : null, page < total ? url.apply(page + 1) : null);
  }

  Views.Date date(Instant at) {
    return new Views.Date(at.toString(), DAY.format(at.atZone(settings.settings().timeZone())));
  }

  static ArticleCard card(ArticleDetails a) {
    return new ArticleCard(a.id(), a.title(), "/" + a.slug() + "/", a.category().name(), a.category().slug(),
        a.excerpt(), a.author().name(), a.featuredImage(), a.featuredImageAlt(), a.publishedAt());
  }

  static ArticleRef ref(ArticleDetails a) {
    return new ArticleRef(a.id(), a.slug(), a.title(), a.category().slug(),
        a.categories().stream().map(Term::slug).toList(), a.tags().stream().map(Term::slug).toList(), a.publishedAt());
  }

  /** Reading time as blogs show it: words of the text at 200 a minute, at least one minute. */
  static int readingMinutes(String html) {
    String text = html.replaceAll("<[^>]*>", " ").strip();
    int words = text.isEmpty() ? 0 : text.split("\\s+").length;
    return Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
  }

  static Link link(CategoryDetails c) {
    return new Link(c.name(), "/category/" + c.slug() + "/");
  }

  private static Link absolute(String base, Link link) {
    return new Link(link.name(), SeoHead.absolute(base, link.url()));
  }
}
