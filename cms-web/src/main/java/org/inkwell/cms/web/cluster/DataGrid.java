package org.inkwell.cms.web.cluster;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara Micro's own Hazelcast member. Absent when the server runs without a data grid
 * ({@code --nohazelcast}); present, and alone, when it runs as a single node ({@code --nocluster}).
 * A member found stopped (Hazelcast shut it down, say after a split it could not heal, and Payara
 * started another) is looked up again at the next call, so that the node does not stay off the
 * grid with a dead one.
 */
@ApplicationScoped
public class DataGrid {

  /** Where Payara binds its member unless configured otherwise. */
  static final String JNDI_NAME = "payara/Hazelcast";

  private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

  private final Supplier<Optional<HazelcastInstance>> lookUp;

  private volatile Optional<HazelcastInstance> member;

  public DataGrid() {
    this(DataGrid::lookUp);
  }

  DataGrid(Supplier<Optional<HazelcastInstance>> lookUp) {
    this.lookUp = lookUp;
  }

  public Optional<HazelcastInstance> member() {
    Optional<HazelcastInstance> found = member;
    if (found == null || found.filter(DataGrid::isRunning).isEmpty() && found.isPresent()) {
      // Never seen, or seen stopped: ask again (a server without a grid answers the same each time).
      found = lookUp.get();
      member = found;
    }
    return found.filter(DataGrid::isRunning);
  }

  private static boolean isRunning(HazelcastInstance instance) {
    return instance.getLifecycleService().isRunning();
  }

  /** The grid address of this member, {@code host:port}. */
  static String address(HazelcastInstance member) {
    var address = member.getCluster().getLocalMember().getAddress();
    return address.getHost() + ":" + address.getPort();
  }

  private static Optional<HazelcastInstance> lookUp() {
    try {
      return Optional.of((HazelcastInstance) new InitialContext().lookup(JNDI_NAME));
    } catch (NamingException | ClassCastException e) {
      LOG.log(Level.INFO, "No data grid in this server: it runs as a single node", e);
      return Optional.empty();
    }
  }
}
