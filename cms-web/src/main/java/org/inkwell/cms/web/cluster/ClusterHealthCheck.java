package org.inkwell.cms.web.cluster;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * How many members of the data grid this node sees, against how many it was started with
 * ({@code CMS_CLUSTER_MEMBERS}). A node that sees fewer still reports UP, with
 * {@code "complete": false}: it keeps serving correctly from the shared database, and a balancer
 * that took every such node out would turn one lost member into an outage of all of them.
 * {@code unresponsive} counts the members that missed a write's deadline and have not answered
 * since: writes do not wait for them, and they follow through the journal.
 */
@Readiness
@ApplicationScoped
public class ClusterHealthCheck implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(ClusterHealthCheck.class.getName());

  @Inject DataGrid grid;

  @Inject GridNotices notices;

  @Inject
  @ConfigProperty(name = "cms.cluster.members")
  Optional<String> configuredMembers;

  @Inject
  @ConfigProperty(name = "cms.node.name")
  Optional<String> nodeName;

  @Override
  public HealthCheckResponse call() {
    Optional<HazelcastInstance> member = grid.member();
    int seen = member.map(instance -> instance.getCluster().getMembers().size()).orElse(0);
    HealthCheckResponseBuilder response = HealthCheckResponse.named("cluster").up()
        .withData("node", nodeName.or(() -> member.map(DataGrid::address)).orElse("single"))
        .withData("members", seen)
        .withData("unresponsive", notices.unresponsiveMembers());
    configuredMembers.map(members -> members.split(",").length).ifPresent(expected -> {
      response.withData("expectedMembers", expected).withData("complete", seen >= expected);
      if (seen < expected) {
        LOG.warning(() -> "This node sees " + seen + " of the " + expected + " members it was started with");
      }
    });
    return response.build();
  }
}
