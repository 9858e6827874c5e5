package org.inkwell.cms.relatedposts.internal;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * Text similarity of published articles with Lucene: title and body are indexed with the English
 * analyzer (stemming, stop words) and term vectors; an article's most telling terms (Lucene's
 * MoreLikeThis, weighted by tf-idf) find the articles that share them. Similarity is the BM25
 * score of a candidate relative to the article's own score for the same query, so 1.0 means "as
 * close as the article is to itself" and figures are comparable between articles.
 */
final class LuceneTextSimilarity implements Closeable {

  private static final String ID = "id";
  private static final String MODIFIED = "modified";
  private static final String TEXT = "text";
  private static final FieldType TEXT_WITH_VECTORS = textWithVectors();
  /** A term must be in at least this many articles to link any two of them. */
  private static final int MIN_DOC_FREQ = 2;
  /** A term in more than this share of the articles says little about any one of them. */
  private static final int MAX_DOC_FREQ_PERCENT = 25;

  private final Directory directory;
  private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  LuceneTextSimilarity(Directory directory) {
    this.directory = directory;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      // Heap is scarce on a small site (run.sh gives the whole server 224 MiB); flush segments early.
      config.setRAMBufferSizeMB(16);
      writer = new IndexWriter(directory, config);
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the related-posts text index", e);
    }
  }

  /** Adds or replaces an article; visible to searches after {@link #refresh()}. */
  void put(long id, Instant modifiedAt, String title, String body) {
    Document doc = new Document();
    doc.add(new LongPoint(ID, id));
    doc.add(new NumericDocValuesField(ID, id));
    doc.add(new NumericDocValuesField(MODIFIED, modifiedAt.toEpochMilli()));
    // The title says most about an article: count its words twice.
    doc.add(new Field(TEXT, title + "\n" + title + "\n" + body, TEXT_WITH_VECTORS));
    try {
      writer.updateDocuments(LongPoint.newExactQuery(ID, id), List.of(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void delete(long id) {
    try {
      writer.deleteDocuments(LongPoint.newExactQuery(ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes changes visible to searches. */
  void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes changes durable. */
  void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The modification time (epoch millis) each indexed article had when it was indexed. */
  Map<Long, Long> stamps() {
    return withSearcher(
        searcher -> {
          Map<Long, Long> stamps = new HashMap<>();
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
            NumericDocValues modified = leaf.reader().getNumericDocValues(MODIFIED);
            var live = leaf.reader().getLiveDocs();
            if (ids == null || modified == null) {
              continue;
            }
            for (int doc = ids.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
              if ((live == null || live.get(doc)) && modified.advanceExact(doc)) {
                stamps.put(ids.longValue(), modified.longValue());
              }
            }
          }
          return stamps;
        });
  }

  /**
   * The articles whose text is most like the given one's, most similar first, with similarities
   * between 0 and 1; empty when the article is not indexed.
   */
  Map<Long, Double> similarTo(long id, int limit) {
    return withSearcher(
        searcher -> {
          TopDocs self = searcher.search(LongPoint.newExactQuery(ID, id), 1);
          if (self.scoreDocs.length == 0) {
            return Map.of();
          }
          int docId = self.scoreDocs[0].doc;
          Query like = moreLikeThis(searcher).like(docId);
          ScoreDoc[] hits = searcher.search(like, limit + 1).scoreDocs;
          // The article matches its own terms best, so it is nearly always the first hit; only
          // otherwise is its score worth a query of its own.
          float selfScore = hits.length > 0 && hits[0].doc == docId ? hits[0].score : selfScore(searcher, like, id);
          Map<Long, Double> similar = new LinkedHashMap<>();
          if (selfScore <= 0) {
            return similar;
          }
          for (ScoreDoc hit : hits) {
            if (hit.doc != docId && similar.size() < limit) {
              similar.put(idOf(searcher, hit.doc), Math.min(1.0, hit.score / selfScore));
            }
          }
          return similar;
        });
  }

  /**
   * How similar the given articles' texts are to one article's, between 0 and 1, with one search
   * restricted to them; articles sharing none of its telling terms are left out (similarity 0).
   */
  Map<Long, Double> similarities(long id, Collection<Long> others) {
    if (others.isEmpty()) {
      return Map.of();
    }
    return withSearcher(
        searcher -> {
          TopDocs self = searcher.search(LongPoint.newExactQuery(ID, id), 1);
          if (self.scoreDocs.length == 0) {
            return Map.of();
          }
          Query like = moreLikeThis(searcher).like(self.scoreDocs[0].doc);
          float selfScore = selfScore(searcher, like, id);
          Query amongOthers =
              new BooleanQuery.Builder()
                  .add(like, BooleanClause.Occur.MUST)
                  .add(LongPoint.newSetQuery(ID, others), BooleanClause.Occur.FILTER)
                  .build();
          Map<Long, Double> similar = new LinkedHashMap<>();
          if (selfScore <= 0) {
            return similar;
          }
          for (ScoreDoc hit : searcher.search(amongOthers, others.size()).scoreDocs) {
            similar.put(idOf(searcher, hit.doc), Math.min(1.0, hit.score / selfScore));
          }
          return similar;
        });
  }

  /** An article's id from doc values: cheaper than loading its stored fields. */
  private static long idOf(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
    if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("indexed article without an id: doc " + doc);
    }
    return ids.longValue();
  }


  /** Bytes the index takes on disk (or in memory). */
  long sizeInBytes() {
    try {
      long total = 0;
      for (String file : directory.listAll()) {
        try {
          total += directory.fileLength(file);
        } catch (NoSuchFileException | FileNotFoundException mergedAway) {
          // Lucene deleted it (merged away) after it was listed: it takes no room any more.
        }
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MoreLikeThis moreLikeThis(IndexSearcher searcher) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {TEXT});
    mlt.setMinTermFreq(2);
    mlt.setMinDocFreq(MIN_DOC_FREQ);
    // On a small site a quarter of the articles is fewer than MIN_DOC_FREQ: no term would qualify
    // and no article would be like any other. Never cap below the minimum.
    int docs = searcher.getIndexReader().numDocs();
    mlt.setMaxDocFreq(Math.max(MIN_DOC_FREQ, (int) ((long) docs * MAX_DOC_FREQ_PERCENT / 100)));
    mlt.setMaxQueryTerms(25);
    mlt.setBoost(true);
    return mlt;
  }

  private static float selfScore(IndexSearcher searcher, Query like, long id) throws IOException {
    Query onlySelf =
        new BooleanQuery.Builder()
            .add(like, BooleanClause.Occur.MUST)
            .add(LongPoint.newExactQuery(ID, id), BooleanClause.Occur.FILTER)
            .build();
    TopDocs hits = searcher.search(onlySelf, 1);
    return hits.scoreDocs.length == 0 ? 0f : hits.scoreDocs[0].score;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FieldType textWithVectors() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.setTokenized(true);
    type.setStoreTermVectors(true);
    type.freeze();
    return type;
  }

  @FunctionalInterface
  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
