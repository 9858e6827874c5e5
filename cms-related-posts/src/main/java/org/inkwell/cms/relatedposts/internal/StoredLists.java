package org.inkwell.cms.relatedposts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.inkwell.cms.relatedposts.RelatedSettings;
import org.inkwell.cms.relatedposts.internal.CategoryTree.Relation;

/** The plugin's tables: generations of stored lists, and editors' pins and exclusions. */
final class StoredLists {

  private static final String PIN = "PIN";
  private static final String EXCLUDE = "EXCLUDE";

  private final DataSource dataSource;

  StoredLists(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The live generation and the one being built, oldest first. */
  List<Generation> generations() {
    return query(
        "select generation, state, settings, algorithm, cursor_id, started_at from related_generation order by generation",
        ps -> {},
        rs -> new Generation(
            rs.getInt(1),
            Generation.State.valueOf(rs.getString(2)),
            SettingsJson.read(rs.getString(3), RelatedSettings.DEFAULTS),
            rs.getInt(4),
            rs.getLong(5),
            rs.getObject(6, OffsetDateTime.class).toInstant()));
  }

  /** A new generation to build, replacing any other one being built. */
  Generation start(RelatedSettings settings, int algorithm, Instant now) {
    return transaction(c -> {
      int number;
      try (PreparedStatement ps = c.prepareStatement("select coalesce(max(generation), 0) + 1 from related_generation");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        number = rs.getInt(1);
      }
      for (String table : List.of("related_pick", "related_list", "related_generation")) {
        update(c, "delete from " + table + " where generation in (select generation from related_generation where state = 'BUILDING')");
      }
      update(
          c,
          "insert into related_generation (generation, state, settings, algorithm, cursor_id, started_at) values (?, 'BUILDING', ?, ?, 0, ?)",
          number,
          SettingsJson.write(settings).toString(),
          algorithm,
          OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      return new Generation(number, Generation.State.BUILDING, settings, algorithm, 0, now);
    });
  }

  void advance(int generation, long cursor) {
    transaction(c -> update(c, "update related_generation set cursor_id = ? where generation = ?", cursor, generation));
  }

  /** Makes a built generation the live one and drops the one it replaces, in one transaction. */
  void promote(int generation) {
    transaction(c -> {
      String older = "(select generation from related_generation where generation <> ? and state = 'LIVE')";
      update(c, "delete from related_pick where generation in " + older, generation);
      update(c, "delete from related_list where generation in " + older, generation);
      update(c, "delete from related_generation where state = 'LIVE' and generation <> ?", generation);
      return update(c, "update related_generation set state = 'LIVE' where generation = ?", generation);
    });
  }

  Optional<List<Pick>> find(int generation, long articleId) {
    // One round trip: no row means no list; one row without a pick means an empty list.
    List<Optional<Pick>> rows =
        query(
            "select p.candidate_id, p.kind, p.score, p.relation, p.category, p.shared_tags, p.text_similarity"
                + " from related_list l left join related_pick p"
                + " on p.generation = l.generation and p.article_id = l.article_id"
                + " where l.generation = ? and l.article_id = ? order by p.position",
            ps -> bind(ps, generation, articleId),
            rs -> rs.getObject(1) == null
                ? Optional.<Pick>empty()
                : Optional.of(new Pick(
                    rs.getLong(1),
                    Pick.Kind.valueOf(rs.getString(2)),
                    rs.getDouble(3),
                    Relation.valueOf(rs.getString(4)),
                    slug(rs.getString(5)),
                    slugs(rs.getString(6)),
                    rs.getDouble(7))));
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.stream().flatMap(Optional::stream).toList());
  }


  // Lists are cached by the thousand and name the same few categories and tags over and over:
  // share one copy of each name instead of one per pick.
  private static String slug(String value) {
    return value == null ? null : value.intern();
  }

  private static List<String> slugs(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(String::intern).toList();
  }

  /** Stores (replacing) the lists of several articles in one generation, in one transaction. */
  void save(int generation, Map<Long, List<Pick>> lists, Instant now) {
    if (lists.isEmpty()) {
      return;
    }
    transaction(c -> {
      try (PreparedStatement deletePicks = c.prepareStatement("delete from related_pick where generation = ? and article_id = ?");
          PreparedStatement deleteList = c.prepareStatement("delete from related_list where generation = ? and article_id = ?");
          PreparedStatement insertList = c.prepareStatement("insert into related_list (generation, article_id, computed_at) values (?, ?, ?)");
          PreparedStatement insertPick = c.prepareStatement(
              "insert into related_pick (generation, article_id, position, candidate_id, kind, score, relation, category,"
                  + " shared_tags, text_similarity) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        for (Map.Entry<Long, List<Pick>> list : lists.entrySet()) {
          long articleId = list.getKey();
          bind(deletePicks, generation, articleId);
          deletePicks.addBatch();
          bind(deleteList, generation, articleId);
          deleteList.addBatch();
          bind(insertList, generation, articleId, at);
          insertList.addBatch();
          int position = 0;
          for (Pick p : list.getValue()) {
            bind(insertPick, generation, articleId, position++, p.articleId(), p.kind().name(), p.score(),
                p.relation().name(), p.category(), String.join(",", p.sharedTags()), p.text());
            insertPick.addBatch();
          }
        }
        deletePicks.executeBatch();
        deleteList.executeBatch();
        insertList.executeBatch();
        insertPick.executeBatch();
      }
      return null;
    });
  }

  /** Forgets an article's lists in every generation. */
  void delete(long articleId) {
    transaction(c -> {
      update(c, "delete from related_pick where article_id = ?", articleId);
      return update(c, "delete from related_list where article_id = ?", articleId);
    });
  }

  /** How many articles have a list in the generation. */
  int listed(int generation) {
    return query("select count(*) from related_list where generation = ?", ps -> bind(ps, generation), rs -> rs.getInt(1)).get(0);
  }

  /** Articles whose list in the generation contains the given one. */
  Set<Long> containing(int generation, long candidateId) {
    return new HashSet<>(query(
        "select article_id from related_pick where candidate_id = ? and generation = ?",
        ps -> bind(ps, candidateId, generation),
        rs -> rs.getLong(1)));
  }

  void saveCuration(long articleId, Curation curation) {
    transaction(c -> {
      update(c, "delete from related_curation where article_id = ?", articleId);
      int position = 0;
      for (long id : curation.pinned()) {
        update(c, "insert into related_curation (article_id, kind, position, other_id) values (?, ?, ?, ?)", articleId, PIN, position++, id);
      }
      for (long id : curation.excluded()) {
        update(c, "insert into related_curation (article_id, kind, position, other_id) values (?, ?, ?, ?)", articleId, EXCLUDE, position++, id);
      }
      return null;
    });
  }

  /** Every article's pins and exclusions. */
  Map<Long, Curation> curations() {
    Map<Long, List<Long>> pinned = new HashMap<>();
    Map<Long, List<Long>> excluded = new HashMap<>();
    query(
        "select article_id, kind, other_id from related_curation order by article_id, kind, position",
        ps -> {},
        rs -> (PIN.equals(rs.getString(2)) ? pinned : excluded)
            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(rs.getLong(3)));
    Map<Long, Curation> all = new HashMap<>();
    Set<Long> articles = new HashSet<>(pinned.keySet());
    articles.addAll(excluded.keySet());
    articles.forEach(id -> all.put(id, new Curation(pinned.getOrDefault(id, List.of()), excluded.getOrDefault(id, List.of()))));
    return all;
  }

  private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading related-posts lists failed: " + e.getMessage(), e);
    }
  }

  private <T> T transaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Storing related-posts lists failed: " + e.getMessage(), e);
    }
  }

  private static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, values);
      return ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      ps.setObject(i + 1, values[i]);
    }
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }
}
