package org.inkwell.cms.web.site;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleQuery;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.StoredText;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * RSS 2.0 and Atom 1.0 feeds of the latest articles, with their full text, written by ROME. Every
 * stored text is stripped of what XML cannot carry first: ROME refuses such a character, and one
 * stored before the services checked for them would take the feed down for every reader.
 */
@ApplicationScoped
public class Feeds {

  /** As many as WordPress puts in a feed by default. */
  static final int ITEMS = 10;

  private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
  private static final Pattern SITE_RELATIVE = Pattern.compile("(\\s(?:src|href)=\")/(?!/)");

  @Inject ArticleService articles;
  @Inject ImageSizes imageSizes;

  /** The feed, or empty when it names a category that does not exist. */
  Optional<PageResult> feed(Route.Feed route, SitePages.Frame frame) {
    String base = frame.base();
    ArticleQuery query = ArticleQuery.published();
    Set<String> dependsOn = new HashSet<>();
    String title = frame.site().name();
    String path = "/";
    if (route.category() != null) {
      Optional<CategoryDetails> category = frame.categories().find(route.category());
      if (category.isEmpty()) {
        return Optional.empty();
      }
      Set<String> subtree = frame.categories().subtree(route.category());
      subtree.forEach(slug -> dependsOn.add(PageDependencies.category(slug)));
      query = query.inCategories(subtree);
      title = category.get().name() + " – " + title;
      path = "/category/" + route.category() + "/";
    } else {
      dependsOn.add(PageDependencies.LATEST);
    }
    boolean rss = route.format() == Route.Feed.Format.RSS;
    String self = base + path + "feed/" + (rss ? "" : "atom/");
    List<ArticleDetails> latest = articles.list(query, new PageRequest(1, ITEMS), Actor.ANONYMOUS).items();
    latest.forEach(a -> dependsOn.add(PageDependencies.article(a.id())));

    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(rss ? "rss_2.0" : "atom_1.0");
    feed.setTitle(StoredText.stripLine(title));
    feed.setDescription(StoredText.strip(frame.site().tagline()));
    feed.setLink(base + path);
    feed.setUri(self);
    feed.setLanguage("en");
    feed.setGenerator("Inkwell CMS");
    feed.setLinks(links(base + path, self, rss));
    // ROME writes this as RSS's pubDate and as Atom's feed-level updated: the latest edit for Atom.
    feed.setPublishedDate(latest.stream()
        .map(rss ? ArticleDetails::publishedAt : ArticleDetails::updatedAt)
        .max(Comparator.naturalOrder())
        .map(Date::from)
        .orElse(null));
    feed.setEntries(latest.stream().map(a -> entry(a, base)).toList());
    try {
      Document xml = new SyndFeedOutput().outputJDom(feed);
      if (rss) {
        addSelfLink(xml, self);
      }
      String text = new XMLOutputter(Format.getPrettyFormat()).outputString(xml);
      return Optional.of(PageResult.of(rss ? "application/rss+xml; charset=UTF-8" : "application/atom+xml; charset=UTF-8", text, dependsOn));
    } catch (FeedException e) {
      throw new IllegalStateException("Cannot write the feed " + self, e);
    }
  }

  private static List<SyndLink> links(String site, String self, boolean rss) {
    List<SyndLink> links = new ArrayList<>();
    if (!rss) {
      links.add(link("alternate", "text/html", site));
      links.add(link("self", "application/atom+xml", self));
    }
    return links;
  }

  /**
   * RSS has no element for the feed's own address; feed readers and validators take Atom's, as
   * the RSS Advisory Board recommends.
   */
  private static void addSelfLink(Document xml, String self) {
    Element rss = xml.getRootElement();
    rss.addNamespaceDeclaration(ATOM);
    rss.getChild("channel").addContent(0, new Element("link", ATOM)
        .setAttribute("href", StoredText.strip(self))
        .setAttribute("rel", "self")
        .setAttribute("type", "application/rss+xml"));
  }

  private static SyndLink link(String rel, String type, String href) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setType(type);
    link.setHref(href);
    return link;
  }

  private SyndEntry entry(ArticleDetails a, String base) {
    String url = StoredText.strip(base + "/" + a.slug() + "/");
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(StoredText.stripLine(a.title()));
    entry.setLink(url);
    entry.setUri(url);
    entry.setAuthor(StoredText.stripLine(a.author().name()));
    entry.setPublishedDate(Date.from(a.publishedAt()));
    entry.setUpdatedDate(Date.from(a.updatedAt()));
    List<SyndCategory> categories = new ArrayList<>();
    a.categories().forEach(c -> categories.add(category(c.name())));
    a.tags().forEach(t -> categories.add(category(t.name())));
    entry.setCategories(categories);
    entry.setDescription(content("text/plain", a.excerpt()));
    // Feed readers resolve nothing against the site: make the body's own links absolute.
    entry.setContents(List.of(content("html", SITE_RELATIVE.matcher(ResponsiveImages.forFeed(a.body(), imageSizes::shown)).replaceAll("$1" + java.util.regex.Matcher.quoteReplacement(base + "/")))));
    return entry;
  }

  private static SyndCategory category(String name) {
    SyndCategory category = new SyndCategoryImpl();
    category.setName(StoredText.stripLine(name));
    return category;
  }

  private static SyndContent content(String type, String value) {
    SyndContent content = new SyndContentImpl();
    content.setType(type);
    content.setValue(StoredText.strip(value));
    return content;
  }
}
