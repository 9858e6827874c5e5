package org.inkwell.cms.relatedposts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.inkwell.cms.core.spi.CategoryNode;

/**
 * A labelled corpus of made-up articles: each belongs to one topic, and "related" means "same
 * topic". Topics have their own vocabulary, mixed into common English; categories and tags follow
 * the topic but noisily, as editors file them. Everything comes from one seed, so runs repeat.
 *
 * <p>Bodies are not kept: each article keeps the seed of its body and the text is generated again
 * when asked for, so that the benchmark's own heap does not hide the engine's.
 */
final class SyntheticCorpus {

  /**
   * What the corpus looks like.
   *
   * @param categoryNoise share of articles whose primary category is a random other leaf
   * @param tagNoise share of an article's tags taken from other topics
   * @param topicShareMin least share of topic words in a body (the rest is common English)
   * @param sectionOverlap share of topic words drawn from a vocabulary the topics of one parent
   *     category share (0: every topic's vocabulary is its own)
   */
  record Shape(
      int topics,
      int perTopic,
      int topicWords,
      int generalWords,
      double categoryNoise,
      double tagNoise,
      double topicShareMin,
      double topicShareMax,
      double sectionOverlap) {

    /** The shape the benchmark's brief asks for. */
    static Shape standard(int topics, int perTopic) {
      return new Shape(topics, perTopic, 40, 3000, 0.30, 0.20, 0.30, 0.40, 0.0);
    }

    /** Less topical text, and topics of one section sharing half their words: a harder test. */
    static Shape harder(int topics, int perTopic) {
      return new Shape(topics, perTopic, 40, 3000, 0.30, 0.20, 0.12, 0.20, 0.5);
    }

    /**
     * Articles whose text says little about their topic, with most topic words shared across a
     * section, and noisier categories and tags: text alone no longer separates the topics.
     */
    static Shape hardest(int topics, int perTopic) {
      return new Shape(topics, perTopic, 40, 3000, 0.40, 0.30, 0.04, 0.08, 0.7);
    }

    int size() {
      return topics * perTopic;
    }
  }

  record Article(
      long id,
      int topic,
      String title,
      String primaryCategory,
      List<String> categories,
      List<String> tags,
      Instant publishedAt,
      long bodySeed) {

    Article withId(long newId) {
      return new Article(newId, topic, title, primaryCategory, categories, tags, publishedAt, bodySeed);
    }
  }

  static final int TOPICS_PER_SECTION = 4;
  static final int TAGS_PER_TOPIC = 8;
  private static final Duration SPAN = Duration.ofDays(730);
  private static final double FUNCTION_WORD_SHARE = 0.6;

  private final Shape shape;
  private final Random random;
  private final Zipf functionWords = new Zipf(EnglishStopWords.BY_FREQUENCY);
  private final Zipf generalWords;
  private final List<Zipf> topicWords = new ArrayList<>();
  private final List<Zipf> sectionWords = new ArrayList<>();
  private final List<List<String>> topicTags = new ArrayList<>();
  private final List<CategoryNode> categories = new ArrayList<>();
  private final List<Article> articles;
  private long lastId;

  SyntheticCorpus(Shape shape, long seed, Instant now) {
    this.shape = shape;
    this.random = new Random(seed);
    PseudoWords words = new PseudoWords(random);
    generalWords = new Zipf(words.take(shape.generalWords()));
    int sections = (shape.topics() + TOPICS_PER_SECTION - 1) / TOPICS_PER_SECTION;
    for (int s = 0; s < sections; s++) {
      sectionWords.add(new Zipf(words.take(shape.topicWords())));
      categories.add(new CategoryNode(section(s), "Section " + s, null));
    }
    for (int t = 0; t < shape.topics(); t++) {
      Zipf vocabulary = new Zipf(words.take(shape.topicWords()));
      topicWords.add(vocabulary);
      // Tags name a topic's most frequent words, as editors' tags usually do.
      topicTags.add(vocabulary.words().subList(0, TAGS_PER_TOPIC).stream().map(w -> "tag-" + w).toList());
      categories.add(new CategoryNode(leaf(t), "Topic " + t, section(t / TOPICS_PER_SECTION)));
    }
    List<Article> drafted = new ArrayList<>(shape.size());
    for (int t = 0; t < shape.topics(); t++) {
      for (int i = 0; i < shape.perTopic(); i++) {
        Instant at = now.minus(Duration.ofSeconds((long) (random.nextDouble() * SPAN.toSeconds())).plusHours(1));
        drafted.add(draft(t, 0, at));
      }
    }
    // Ids grow with publication dates, as they do when articles are written one after another.
    drafted.sort(Comparator.comparing(Article::publishedAt));
    articles = new ArrayList<>(drafted.size());
    for (Article a : drafted) {
      articles.add(a.withId(++lastId));
    }
  }

  List<Article> articles() {
    return articles;
  }

  List<CategoryNode> categories() {
    return categories;
  }

  Shape shape() {
    return shape;
  }

  /** A new article of a random topic, published at the given time, with the next id. */
  Article next(Instant publishedAt) {
    return draft(random.nextInt(shape.topics()), ++lastId, publishedAt);
  }

  /** The category the article's topic belongs in (its primary category, unless filed noisily). */
  String topicCategory(int topic) {
    return leaf(topic);
  }

  String body(Article a) {
    Random r = new Random(a.bodySeed());
    int length = 150 + r.nextInt(251);
    double topicShare = shape.topicShareMin() + r.nextDouble() * (shape.topicShareMax() - shape.topicShareMin());
    StringBuilder body = new StringBuilder(length * 8);
    int sentence = 0;
    for (int i = 0; i < length; i++) {
      String word = word(a.topic(), topicShare, r);
      if (sentence == 0) {
        body.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        sentence = 8 + r.nextInt(12);
      } else {
        body.append(word);
      }
      body.append(--sentence == 0 || i == length - 1 ? ". " : " ");
    }
    return body.toString().trim();
  }

  private Article draft(int topic, long id, Instant publishedAt) {
    String title = title(topic);
    String primary = random.nextDouble() < shape.categoryNoise() ? otherLeaf(topic) : leaf(topic);
    Set<String> tags = new LinkedHashSet<>();
    int tagCount = 2 + random.nextInt(3);
    while (tags.size() < tagCount) {
      int from = random.nextDouble() < shape.tagNoise() ? otherTopic(topic) : topic;
      tags.add(topicTags.get(from).get(random.nextInt(TAGS_PER_TOPIC)));
    }
    return new Article(id, topic, title, primary, List.of(primary), List.copyOf(tags), publishedAt, random.nextLong());
  }

  private String title(int topic) {
    int length = 5 + random.nextInt(5);
    List<String> words = new ArrayList<>(length);
    boolean topical = false;
    for (int i = 0; i < length; i++) {
      double d = random.nextDouble();
      if (d < 0.4) {
        words.add(topicWord(topic, random));
        topical = true;
      } else {
        words.add(d < 0.7 ? generalWords.draw(random) : functionWords.draw(random));
      }
    }
    if (!topical) {
      words.set(random.nextInt(length), topicWord(topic, random));
    }
    String title = String.join(" ", words);
    return Character.toUpperCase(title.charAt(0)) + title.substring(1);
  }

  private String word(int topic, double topicShare, Random r) {
    if (r.nextDouble() < topicShare) {
      return topicWord(topic, r);
    }
    return r.nextDouble() < FUNCTION_WORD_SHARE ? functionWords.draw(r) : generalWords.draw(r);
  }

  private String topicWord(int topic, Random r) {
    return r.nextDouble() < shape.sectionOverlap()
        ? sectionWords.get(topic / TOPICS_PER_SECTION).draw(r)
        : topicWords.get(topic).draw(r);
  }

  private String otherLeaf(int topic) {
    return leaf(otherTopic(topic));
  }

  private int otherTopic(int topic) {
    int other = random.nextInt(shape.topics() - 1);
    return other >= topic ? other + 1 : other;
  }

  private static String leaf(int topic) {
    return "topic-" + topic;
  }

  private static String section(int section) {
    return "section-" + section;
  }
}
