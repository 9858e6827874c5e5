package org.inkwell.cms.web.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.inkwell.cms.articles.journal.ChangeFeed;
import org.inkwell.cms.articles.journal.ChangesCommitted;
import org.inkwell.cms.core.event.ContentStoreReady;

/**
 * Makes a change show on every node at the next request: after a commit, the writing node tells
 * the other members how far the journal got and waits, at most {@link #PATIENCE}, until each says
 * it has applied that far (its cached pages and API replies are then gone). A member that does not
 * answer in time is not waited for again: it catches up from the journal at its next poll, and the
 * write still succeeds. Messages carry only numbers, so no class of the application ever crosses
 * the grid.
 */
@ApplicationScoped
public class GridNotices {

  static final Duration PATIENCE = Duration.ofSeconds(2);

  private static final Logger LOG = Logger.getLogger(GridNotices.class.getName());
  private static final String NOTICES = "inkwell.journal.committed";
  private static final String APPLIED = "inkwell.journal.applied";

  @Inject DataGrid grid;

  @Inject ChangeFeed feed;

  @Resource ManagedExecutorService executor;

  /**
   * For each row this node waits on, the members that said they applied it. Journal rows become
   * visible in id order, so a member that applied a row has applied every earlier one: its
   * confirmation counts for every row up to the one it names.
   */
  private final Map<Long, Set<UUID>> confirmedBy = new ConcurrentHashMap<>();

  /** The member whose topics this node listens on. */
  private HazelcastInstance listening;

  /** Members that missed a deadline; waited for again once they confirm anything. */
  private final Set<UUID> unresponsive = ConcurrentHashMap.newKeySet();

  /** How many members missed a deadline and have not confirmed anything since. */
  int unresponsiveMembers() {
    return unresponsive.size();
  }

  void start(@Observes ContentStoreReady ready) {
    grid.member().ifPresent(this::listenTo);
  }

  /** Listens on this member's topics, unless already: a member that replaced a stopped one is new. */
  private synchronized void listenTo(HazelcastInstance member) {
    if (member == listening) {
      return;
    }
    ITopic<Long> notices = member.getTopic(NOTICES);
    ITopic<String> applied = member.getTopic(APPLIED);
    notices.addMessageListener(message -> onNotice(member, message, applied));
    applied.addMessageListener(this::onApplied);
    listening = member;
  }

  void onCommitted(@Observes ChangesCommitted committed) {
    grid.member().ifPresent(member -> {
      listenTo(member);
      Set<UUID> others = others(member);
      if (others.isEmpty()) {
        return;
      }
      long row = committed.lastId();
      confirmedBy.put(row, ConcurrentHashMap.newKeySet());
      try {
        // Told even when not waited for: its confirmation is how an unresponsive member comes back.
        member.<Long>getTopic(NOTICES).publish(row);
        others.removeAll(unresponsive);
        awaitApplied(others, row);
      } finally {
        confirmedBy.remove(row);
      }
    });
  }

  private void onNotice(HazelcastInstance member, Message<Long> notice, ITopic<String> applied) {
    if (notice.getPublishingMember() == null || notice.getPublishingMember().localMember()) {
      return;
    }
    long row = notice.getMessageObject();
    UUID self = member.getCluster().getLocalMember().getUuid();
    try {
      // The grid's own thread must not run the application's observers (no naming, no transactions).
      executor.execute(() -> {
        feed.catchUp();
        if (feed.applied(row)) {
          applied.publish(self + " " + row);
        }
      });
    } catch (RejectedExecutionException shuttingDown) {
      LOG.log(Level.FINE, "Not applying journal row " + row + ": the server is stopping", shuttingDown);
    }
  }

  private void onApplied(Message<String> message) {
    String[] memberAndRow = message.getMessageObject().split(" ", 2);
    UUID member = UUID.fromString(memberAndRow[0]);
    long row = Long.parseLong(memberAndRow[1]);
    unresponsive.remove(member);
    boolean awaited = false;
    for (Map.Entry<Long, Set<UUID>> waiting : confirmedBy.entrySet()) {
      if (waiting.getKey() <= row) {
        waiting.getValue().add(member);
        awaited = true;
      }
    }
    if (awaited) {
      synchronized (confirmedBy) {
        confirmedBy.notifyAll();
      }
    }
  }

  private void awaitApplied(Set<UUID> members, long row) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    Set<UUID> confirmed = confirmedBy.get(row);
    synchronized (confirmedBy) {
      while (true) {
        Set<UUID> behind = members.stream()
            .filter(m -> !confirmed.contains(m))
            .collect(Collectors.toSet());
        long left = deadline - System.nanoTime();
        if (behind.isEmpty()) {
          return;
        }
        if (left <= 0) {
          unresponsive.addAll(behind);
          LOG.warning(() -> behind.size() + " member(s) did not confirm journal row " + row + " within "
              + PATIENCE.toMillis() + " ms; they catch up at their next poll");
          return;
        }
        try {
          confirmedBy.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static Set<UUID> others(HazelcastInstance member) {
    return member.getCluster().getMembers().stream()
        .filter(m -> !m.localMember())
        .map(Member::getUuid)
        .collect(Collectors.toCollection(HashSet::new));
  }
}
