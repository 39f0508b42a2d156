package org.maillage.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maillage.OrganisationId;

/**
 * How a territory graph holds together (<i>connexité du territoire</i>): its components, the organisations that
 * stand alone, the organisations whose removal would split their component (articulation points, <i>points
 * d'articulation</i>) and the ties whose removal would (bridges, <i>ponts</i>).
 *
 * <p>Components are numbered from 0 in the order of their smallest node; articulation points and isolated
 * organisations are in node order, bridges in tie order, so that the result is deterministic. Computed by
 * {@code TerritoryAnalysis.connectivity(graph)} in one iterative depth-first pass, linear in the nodes and ties.
 *
 * <p>This class is immutable and thread-safe; two results are equal when they hold the same components, points and
 * bridges of equal graphs. Its {@code toString()} shows counts only.
 *
 * @since 0.2
 */
public final class TerritoryConnectivity {
  private final TerritoryGraph graph;
  private final int[] componentOf;
  private final int[] componentSizes;
  private final int[] isolated;
  private final int[] articulationPoints;
  private final int[] bridges;

  private TerritoryConnectivity(TerritoryGraph graph, int[] componentOf, int[] componentSizes, int[] isolated,
      int[] articulationPoints, int[] bridges) {
    this.graph = graph;
    this.componentOf = componentOf;
    this.componentSizes = componentSizes;
    this.isolated = isolated;
    this.articulationPoints = articulationPoints;
    this.bridges = bridges;
  }

  /**
   * Returns the connectivity of a graph, from the arrays the engine computed; the arrays are copied.
   *
   * @param graph the graph
   * @param componentOf the component of each node, numbered from 0 in the order of their smallest node
   * @param isolated the nodes without a tie, in increasing order
   * @param articulationPoints the articulation points, in increasing order
   * @param bridges the ties that are bridges, in increasing order
   * @return the connectivity
   * @throws IllegalArgumentException if an array does not fit the graph
   */
  public static TerritoryConnectivity of(TerritoryGraph graph, int[] componentOf, int[] isolated,
      int[] articulationPoints, int[] bridges) {
    Objects.requireNonNull(graph, "graph");
    int n = graph.organisationCount();
    if (componentOf.length != n) {
      throw new IllegalArgumentException("TerritoryConnectivity.componentOf: " + componentOf.length
          + " components given for " + n + " organisations; give one per organisation");
    }
    int components = 0;
    for (int i = 0; i < n; i++) {
      if (componentOf[i] < 0 || componentOf[i] > components) {
        throw new IllegalArgumentException("TerritoryConnectivity.componentOf: organisation " + i + " is in component "
            + componentOf[i] + "; number components from 0 in the order of their smallest organisation");
      }
      if (componentOf[i] == components) {
        components++;
      }
    }
    int[] sizes = new int[components];
    for (int i = 0; i < n; i++) {
      sizes[componentOf[i]]++;
    }
    increasing("isolated", isolated, n);
    increasing("articulationPoints", articulationPoints, n);
    increasing("bridges", bridges, graph.tieCount());
    return new TerritoryConnectivity(graph, componentOf.clone(), sizes, isolated.clone(), articulationPoints.clone(),
        bridges.clone());
  }

  private static void increasing(String name, int[] values, int bound) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0 || values[i] >= bound || (i > 0 && values[i] <= values[i - 1])) {
        throw new IllegalArgumentException("TerritoryConnectivity." + name + ": " + values[i] + " at " + i
            + " is out of order or out of range [0, " + bound + "); give them once each, in increasing order");
      }
    }
  }

  /**
   * Returns the graph.
   *
   * @return the graph
   */
  public TerritoryGraph graph() {
    return graph;
  }

  /**
   * Returns the number of components (isolated organisations included, each its own).
   *
   * @return the components
   */
  public int componentCount() {
    return componentSizes.length;
  }

  /**
   * Returns the component of a node.
   *
   * @param node a node
   * @return its component, from 0
   */
  public int componentOf(int node) {
    return componentOf[node];
  }

  /**
   * Returns the size of a component.
   *
   * @param component a component
   * @return its nodes
   */
  public int componentSize(int component) {
    return componentSizes[component];
  }

  /**
   * Returns the size of the largest component.
   *
   * @return its nodes, 0 for an empty graph
   */
  public int largestComponentSize() {
    int largest = 0;
    for (int size : componentSizes) {
      largest = Math.max(largest, size);
    }
    return largest;
  }

  /**
   * Returns the isolated organisations: those tied to none.
   *
   * @return their ids, in node order
   */
  public ImmutableList<OrganisationId> isolated() {
    return ids(isolated);
  }

  /**
   * Returns the number of isolated organisations.
   *
   * @return the isolated organisations
   */
  public int isolatedCount() {
    return isolated.length;
  }

  /**
   * Returns the articulation points: the organisations whose removal splits their component.
   *
   * @return their ids, in node order
   */
  public ImmutableList<OrganisationId> articulationPoints() {
    return ids(articulationPoints);
  }

  /**
   * Returns the number of articulation points.
   *
   * @return the articulation points
   */
  public int articulationPointCount() {
    return articulationPoints.length;
  }

  /**
   * Returns one articulation point.
   *
   * @param i from 0 to {@link #articulationPointCount()} - 1
   * @return its node
   */
  public int articulationPoint(int i) {
    return articulationPoints[i];
  }

  /**
   * Tells whether a node is an articulation point; a binary search.
   *
   * @param node a node
   * @return true if removing it splits its component
   */
  public boolean isArticulationPoint(int node) {
    return Arrays.binarySearch(articulationPoints, node) >= 0;
  }

  /**
   * Returns the number of bridges.
   *
   * @return the bridges
   */
  public int bridgeCount() {
    return bridges.length;
  }

  /**
   * Returns one bridge, as a tie of the graph.
   *
   * @param i from 0 to {@link #bridgeCount()} - 1
   * @return its tie
   */
  public int bridge(int i) {
    return bridges[i];
  }

  private ImmutableList<OrganisationId> ids(int[] nodes) {
    ImmutableList.Builder<OrganisationId> list = ImmutableList.builderWithExpectedSize(nodes.length);
    for (int node : nodes) {
      list.add(graph.organisation(node));
    }
    return list.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TerritoryConnectivity)) {
      return false;
    }
    TerritoryConnectivity c = (TerritoryConnectivity) o;
    return graph.equals(c.graph) && Arrays.equals(componentOf, c.componentOf) && Arrays.equals(isolated, c.isolated)
        && Arrays.equals(articulationPoints, c.articulationPoints) && Arrays.equals(bridges, c.bridges);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * graph.hashCode() + Arrays.hashCode(articulationPoints)) + Arrays.hashCode(bridges);
  }

  @Override
  public String toString() {
    return "TerritoryConnectivity{components=" + componentSizes.length + ", largest=" + largestComponentSize()
        + ", isolated=" + isolated.length + ", articulationPoints=" + articulationPoints.length + ", bridges="
        + bridges.length + "}";
  }
}
