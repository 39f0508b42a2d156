package org.maillage.core.analysis.territory;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import org.maillage.analysis.Figure;
import org.maillage.analysis.InstitutionShare;
import org.maillage.analysis.SectorBridge;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.member.Sector;

/**
 * Computes what each institution holds of a territory and which dominate, and the organisations that bridge
 * sectors. The shares are linear in the institutions plus sorting them (n log n); the sector bridges are linear
 * in the nodes and ties (a bit mask of the sectors each node reaches). This class is stateless and thread-safe.
 */
public final class DominanceComputation {
  private static final Sector[] SECTORS = Sector.values();

  private DominanceComputation() {}

  /**
   * Returns the share of each institution, the highest share of professionals first, then the highest share of
   * networks, then by id.
   *
   * @param graph the graph
   * @param threshold the share above which an institution dominates
   * @return every institution
   */
  public static ImmutableList<InstitutionShare> shares(TerritoryGraph graph, double threshold) {
    int k = graph.institutions().size();
    InstitutionShare[] shares = new InstitutionShare[k];
    for (int i = 0; i < k; i++) {
      Figure networks = Figure.ratio(graph.institutionNetworks(i), graph.networkCount());
      Figure professionals = Figure.ratio(graph.institutionProfessionals(i), graph.professionalCount());
      Figure facilitation = Figure.ratio(graph.institutionFacilitated(i), graph.meetingCount());
      shares[i] = InstitutionShare.builder()
          .institution(graph.institutions().get(i))
          .networks(graph.institutionNetworks(i))
          .professionals(graph.institutionProfessionals(i))
          .facilitatedMeetings(graph.institutionFacilitated(i))
          .networkShare(networks)
          .professionalShare(professionals)
          .facilitationShare(facilitation)
          .dominant(above(networks, threshold) || above(professionals, threshold) || above(facilitation, threshold))
          .build();
    }
    Arrays.sort(shares, (x, y) -> {
      int c = Integer.compare(y.professionals(), x.professionals());
      if (c == 0) {
        c = Integer.compare(y.networks(), x.networks());
      }
      return c != 0 ? c : x.institution().compareTo(y.institution());
    });
    return ImmutableList.copyOf(shares);
  }

  private static boolean above(Figure share, double threshold) {
    return share.isDefined() && share.value() > threshold;
  }

  /**
   * Returns the organisations tied to organisations of at least two sectors other than their own, in node order.
   *
   * @param graph the graph
   * @param rows its adjacency
   * @return the sector bridges
   */
  public static ImmutableList<SectorBridge> sectorBridges(TerritoryGraph graph, Adjacency rows) {
    int n = rows.n;
    int[] sector = new int[n]; // ordinal + 1, 0 when not recorded
    for (int u = 0; u < n; u++) {
      sector[u] = graph.sector(u).map(s -> s.ordinal() + 1).orElse(0);
    }
    ImmutableList.Builder<SectorBridge> bridges = ImmutableList.builder();
    for (int u = 0; u < n; u++) {
      int reached = 0;
      for (int s = rows.offsets[u], end = rows.offsets[u + 1]; s < end; s++) {
        int other = sector[rows.targets[s]];
        if (other != 0 && other != sector[u]) {
          reached |= 1 << (other - 1);
        }
      }
      if (Integer.bitCount(reached) >= 2) {
        EnumSet<Sector> sectors = EnumSet.noneOf(Sector.class);
        for (int b = 0; b < SECTORS.length; b++) {
          if ((reached & (1 << b)) != 0) {
            sectors.add(SECTORS[b]);
          }
        }
        Optional<Sector> own = graph.sector(u);
        bridges.add(SectorBridge.builder().organisation(graph.organisation(u)).sector(own).sectors(sectors).build());
      }
    }
    return bridges.build();
  }
}
