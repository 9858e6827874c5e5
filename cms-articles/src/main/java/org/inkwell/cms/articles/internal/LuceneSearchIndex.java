package org.inkwell.cms.articles.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * The full-text index of published articles and, as a kind apart that article searches never see,
 * published pages: English analysis (stemming, stop words), title weighted well above body,
 * excerpt, categories and tags. Changes are visible to searches after
 * {@link #refresh()} (near-real-time, no disk sync) and durable after {@link #commit()}.
 * Thread-safe.
 */
final class LuceneSearchIndex implements Closeable {

  private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class.getName());

  /** Raise when fields or analysis change: an index written otherwise is then rebuilt. */
  static final String SCHEMA_VERSION = "2"; // 2: the kind field (articles, pages)

  /** The deepest rank a page may reach; later pages are empty (their total is still exact). */
  static final int MAX_RANK = 10_000;

  private static final String SCHEMA_KEY = "inkwell.search.schema";
  private static final String JOURNAL_KEY = "inkwell.journal.position";
  private static final String ID = "id";
  private static final String KIND = "kind";
  private static final String UPDATED = "updated";
  private static final String TITLE = "title";
  private static final String BODY = "body";
  private static final String EXCERPT = "excerpt";
  private static final String CATEGORIES = "categories";
  private static final String TAGS = "tags";

  /** How much a word found in each field counts, relative to the body. */
  static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(TITLE, 6f, TAGS, 2f, CATEGORIES, 1.5f, EXCERPT, 1.2f, BODY, 1f);

  /** Stored, with offsets in the postings so the highlighter need not analyse again. */
  private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  /** Changes were made since the searchers last reopened. */
  private volatile boolean stale;
  private final MatchHighlighter highlighter = new MatchHighlighter(TITLE, BODY);

  /** One hit with its marked title and snippet. */
  record Match(long id, String titleHtml, String snippetHtml) {}

  /** One page of hits, best first, and how many documents matched in all. */
  record Matches(List<Match> page, long total) {
    static final Matches NONE = new Matches(List.of(), 0);
  }

  LuceneSearchIndex(Directory directory) {
    try {
      writer = openWriter(directory);
      if (SCHEMA_VERSION.equals(schemaOf(writer))) {
        // The journal position stays what the last commit said, until the next one says more.
        writer.setLiveCommitData(commitData(journalPositionOf(writer)).entrySet(), false);
      } else {
        // Derived data written by another version: start again; synchronisation refills it.
        writer.deleteAll();
        writer.setLiveCommitData(commitData(OptionalLong.empty()).entrySet());
      }
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index", e);
    }
  }

  private IndexWriter openWriter(Directory directory) throws IOException {
    try {
      return new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException unreadable) {
      LOG.log(Level.WARNING, "The search index cannot be read; it is rebuilt from the database", unreadable);
      return new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
    }
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(mode);
    config.setCommitOnClose(true);
    // The server's heap is small (see run.sh): flush segments early rather than hold them.
    config.setRAMBufferSizeMB(16);
    return config;
  }

  private static String schemaOf(IndexWriter writer) {
    String schema = commitValue(writer, SCHEMA_KEY);
    // A brand-new index has no documents to throw away either.
    return schema != null || writer.getDocStats().maxDoc > 0 ? schema : SCHEMA_VERSION;
  }

  private static OptionalLong journalPositionOf(IndexWriter writer) {
    String position = commitValue(writer, JOURNAL_KEY);
    return position == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(position));
  }

  private static String commitValue(IndexWriter writer, String key) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (key.equals(e.getKey())) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  private static Map<String, String> commitData(OptionalLong journalPosition) {
    return journalPosition.isPresent()
        ? Map.of(SCHEMA_KEY, SCHEMA_VERSION, JOURNAL_KEY, Long.toString(journalPosition.getAsLong()))
        : Map.of(SCHEMA_KEY, SCHEMA_VERSION);
  }

  /**
   * The change journal's row up to which every change is in this index as last committed (or as
   * the next commit will say); empty for an index that never recorded one.
   */
  OptionalLong journalPosition() {
    return journalPositionOf(writer);
  }

  /** Adds the article or page, or replaces the copy indexed before. */
  void put(SearchDocument d) {
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.YES));
    doc.add(new StringField(KIND, d.kind().name(), Field.Store.NO));
    doc.add(new NumericDocValuesField(ID, d.id()));
    doc.add(new NumericDocValuesField(UPDATED, d.updatedAt().toEpochMilli()));
    doc.add(new Field(TITLE, d.title(), HIGHLIGHTED_TEXT));
    doc.add(new Field(BODY, d.bodyText(), HIGHLIGHTED_TEXT));
    doc.add(new TextField(EXCERPT, d.excerpt(), Field.Store.NO));
    doc.add(new StoredField(EXCERPT, d.excerpt()));
    d.categories().forEach(name -> doc.add(new TextField(CATEGORIES, name, Field.Store.NO)));
    d.tags().forEach(name -> doc.add(new TextField(TAGS, name, Field.Store.NO)));
    try {
      writer.updateDocument(idTerm(d.id()), doc);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot index " + d.kind() + " " + d.id(), e);
    }
  }

  void delete(long id) {
    try {
      writer.deleteDocuments(idTerm(id));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove " + id + " from the search index", e);
    }
  }

  /**
   * Makes changes so far visible to the next search. The reader is reopened by that search, not
   * here: a burst of writes then costs one reopen instead of one per write.
   */
  void refresh() {
    stale = true;
  }

  /**
   * Makes changes so far durable, with the journal position they reach, in the same commit: the
   * index and its position never disagree after a crash. Returns whether there was anything new.
   */
  boolean commit(OptionalLong journalPosition) {
    if (journalPosition.isPresent() && !journalPosition.equals(journalPosition())) {
      writer.setLiveCommitData(commitData(journalPosition).entrySet());
    }
    return commit();
  }

  /** Makes changes so far durable (an fsync); returns whether there were any. */
  boolean commit() {
    try {
      if (!writer.hasUncommittedChanges()) {
        return false;
      }
      writer.commit();
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot commit the search index", e);
    }
  }

  /** Every indexed article and page and the change time of its indexed copy, as of the last refresh. */
  Map<Long, Instant> versions() {
    return withSearcher(searcher -> {
      Map<Long, Instant> versions = new HashMap<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
        NumericDocValues updated = leaf.reader().getNumericDocValues(UPDATED);
        Bits live = leaf.reader().getLiveDocs();
        if (ids == null || updated == null) {
          continue;
        }
        for (int doc = ids.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if ((live == null || live.get(doc)) && updated.advanceExact(doc)) {
            versions.put(ids.longValue(), Instant.ofEpochMilli(updated.longValue()));
          }
        }
      }
      return versions;
    });
  }

  /** How many articles and pages searches see. */
  int size() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  /**
   * The hits of one kind from rank {@code offset} on, at most {@code limit}, with marked titles and
   * snippets. Never throws for any text: what cannot be searched gives no hits.
   */
  Matches search(SearchDocument.Kind kind, String text, int offset, int limit) {
    Optional<Query> parsed;
    try {
      parsed = UserQuery.parse(text, analyzer, FIELD_WEIGHTS);
    } catch (RuntimeException unexpected) {
      LOG.log(Level.WARNING, "Search query not understood; no hits: " + UserQuery.bounded(text), unexpected);
      return Matches.NONE;
    }
    if (parsed.isEmpty()) {
      return Matches.NONE;
    }
    Query words = parsed.get();
    // A filter: the kind narrows the hits without touching their scores.
    Query ofKind = new BooleanQuery.Builder()
        .add(words, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(KIND, kind.name())), BooleanClause.Occur.FILTER)
        .build();
    try {
      return withSearcher(searcher -> page(searcher, ofKind, words, offset, limit));
    } catch (RuntimeException failed) { // too many clauses, a broken index file
      LOG.log(Level.WARNING, "Search failed; no hits: " + UserQuery.bounded(text), failed);
      return Matches.NONE;
    }
  }

  /** @param words what the highlighter marks: the query without its filter */
  private Matches page(IndexSearcher searcher, Query query, Query words, int offset, int limit) throws IOException {
    int window = (int) Math.min((long) offset + limit, MAX_RANK);
    if (offset >= window) {
      return new Matches(List.of(), searcher.count(query));
    }
    // Counting every hit (not Lucene's default of "1,000 or more") so pages can be numbered.
    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(window, Integer.MAX_VALUE));
    if (offset >= top.scoreDocs.length) {
      return new Matches(List.of(), top.totalHits.value);
    }
    TopDocs page = new TopDocs(top.totalHits, Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length));
    MatchHighlighter.Marked[] marked = highlighter.highlight(searcher, analyzer, words, page);
    StoredFields stored = searcher.storedFields();
    List<Match> matches = new ArrayList<>(page.scoreDocs.length);
    for (int i = 0; i < page.scoreDocs.length; i++) {
      ScoreDoc hit = page.scoreDocs[i];
      Document doc = stored.document(hit.doc, Set.of(ID, EXCERPT));
      String snippet = marked[i].snippetHtml() != null
          ? marked[i].snippetHtml()
          : highlighter.escape(doc.get(EXCERPT) == null ? "" : doc.get(EXCERPT));
      matches.add(new Match(Long.parseLong(doc.get(ID)), marked[i].titleHtml(), snippet));
    }
    return new Matches(matches, top.totalHits.value);
  }

  /** Commits what is pending and closes. */
  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the search index", e);
    }
  }

  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      if (stale) {
        stale = false; // before the reopen: a change marked during it is seen by the next search
        searchers.maybeRefreshBlocking();
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the search index", e);
    }
  }

  private static Term idTerm(long id) {
    return new Term(ID, Long.toString(id));
  }

  private static FieldType highlightedText() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
