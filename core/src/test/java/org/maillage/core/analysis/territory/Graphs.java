package org.maillage.core.analysis.territory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.maillage.OrganisationId;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritoryLevel;
import org.maillage.member.Sector;
import org.maillage.testing.Gen;

/**
 * Generated territory graphs for the oracle properties: an edge list over n organisations in one of several shapes
 * (sparse random, trees with a few extra ties, chains of cycles joined by bridges, dense clusters), so that
 * components, isolated organisations, articulation points and bridges all occur; kept with the graph built from it.
 */
final class Graphs {
  private Graphs() {}

  /** An edge list and the graph built from it. */
  record Drawn(int n, List<int[]> edges, TerritoryGraph graph, String shape) {
    @Override
    public String toString() {
      return shape + " graph of " + n + " organisations and " + edges.size() + " ties";
    }
  }

  /** Organisation ids in node order. */
  static OrganisationId id(int i) {
    String digits = Integer.toString(i);
    return OrganisationId.of("o" + "0000000".substring(Math.min(7, digits.length())) + digits);
  }

  /** Graphs of up to {@code max} organisations, a third of them below 40. */
  static Gen<Drawn> upTo(int max) {
    return random -> {
      int n = random.nextInt(3) == 0 ? 1 + random.nextInt(40) : 1 + random.nextInt(max);
      String[] shapes = {"sparse", "tree", "cycles", "clusters"};
      String shape = shapes[random.nextInt(shapes.length)];
      List<int[]> edges = edges(shape, n, random);
      return new Drawn(n, edges, build(n, edges, random), shape);
    };
  }

  static List<int[]> edges(String shape, int n, SplittableRandom random) {
    Set<Long> seen = new HashSet<>();
    List<int[]> edges = new ArrayList<>();
    switch (shape) {
      case "sparse" -> {
        int m = (int) (n * (0.3 + 1.5 * random.nextDouble()));
        for (int i = 0; i < m; i++) {
          add(random.nextInt(n), random.nextInt(n), seen, edges);
        }
      }
      case "tree" -> {
        for (int v = 1; v < n; v++) {
          if (random.nextInt(10) > 0) {
            add(v, random.nextInt(v), seen, edges);
          }
        }
        for (int i = 0; i < n / 10; i++) {
          add(random.nextInt(n), random.nextInt(n), seen, edges);
        }
      }
      case "cycles" -> {
        int v = 0;
        while (v < n) {
          int size = Math.min(n - v, 1 + random.nextInt(6));
          for (int i = 1; i < size; i++) {
            add(v + i - 1, v + i, seen, edges);
          }
          if (size > 2) {
            add(v, v + size - 1, seen, edges);
          }
          if (v > 0 && random.nextInt(4) > 0) {
            add(random.nextInt(v), v + random.nextInt(size), seen, edges);
          }
          v += size;
        }
      }
      default -> {
        int v = 0;
        while (v < n) {
          int size = Math.min(n - v, 1 + random.nextInt(12));
          for (int i = 0; i < size * 2; i++) {
            add(v + random.nextInt(size), v + random.nextInt(size), seen, edges);
          }
          if (v > 0 && random.nextBoolean()) {
            add(random.nextInt(v), v, seen, edges);
          }
          v += size;
        }
      }
    }
    return edges;
  }

  private static void add(int a, int b, Set<Long> seen, List<int[]> edges) {
    if (a != b && seen.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
      edges.add(new int[] {a, b});
    }
  }

  /** Builds the graph of an edge list; the organisations are added in a shuffled order, ties in either direction. */
  static TerritoryGraph build(int n, List<int[]> edges, SplittableRandom random) {
    TerritoryGraph.Builder builder = TerritoryGraph.builder(TerritoryLevel.ORGANISATION);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    int[] index = new int[n];
    Sector[] sectors = Sector.values();
    for (int i = 0; i < n; i++) {
      int node = order[i];
      Optional<Sector> sector = random.nextInt(5) == 0 ? Optional.empty()
          : Optional.of(sectors[5 + random.nextInt(sectors.length - 5)]);
      index[node] = builder.organisation(id(node), id(node), sector, 1, 1, 0);
    }
    for (int[] edge : edges) {
      if (random.nextBoolean()) {
        builder.tie(index[edge[0]], index[edge[1]], 1, 0, 0);
      } else {
        builder.tie(index[edge[1]], index[edge[0]], 1, 0, 0);
      }
    }
    return builder.build();
  }
}
