package org.maillage.network;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.NetworkBuilder;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.QuotedInput;
import org.maillage.member.Member;
import org.maillage.person.Person;

/**
 * A read-only graph view of a network for analysis (<i>graphe du réseau</i>): individuals as nodes (the focal
 * person and members), ties as undirected edges, parallel ties allowed (a support tie and a conflict tie
 * between the same two people are two ties).
 *
 * <p>The view is Maillage's own type; see the package documentation for why Guava graph types are not
 * exposed. Obtain it with {@link Network#graph()} or {@link Network#graphOn(LocalDate)}.
 *
 * <p>This class is immutable and thread-safe. Unless otherwise noted, methods throw
 * {@link IllegalArgumentException} for an individual that is not a node of this view.
 *
 * @since 0.1
 */
public final class NetworkGraph {
  private static final String NOT_A_NODE = "Individual %s is not a node of this graph; "
      + "use an id of the focal person or of a (current) member";

  private final ImmutableNetwork<MemberId, Tie> graph;
  private final @Nullable MemberId focal;

  private NetworkGraph(ImmutableNetwork<MemberId, Tie> graph, @Nullable MemberId focal) {
    this.graph = graph;
    this.focal = focal;
  }

  static NetworkGraph of(Network network, @Nullable LocalDate date) {
    com.google.common.graph.ImmutableNetwork.Builder<MemberId, Tie> builder =
        NetworkBuilder.undirected().allowsParallelEdges(true).allowsSelfLoops(false).immutable();
    MemberId focal = network.focalPerson().map(Person::id).orElse(null);
    Set<MemberId> nodes = new HashSet<>();
    if (focal != null) {
      builder.addNode(focal);
      nodes.add(focal);
    }
    for (Member m : network.members()) {
      if (date == null || m.isCurrentOn(date)) {
        builder.addNode(m.id());
        nodes.add(m.id());
      }
    }
    for (Tie tie : network.ties()) {
      if (nodes.contains(tie.first()) && nodes.contains(tie.second())) {
        builder.addEdge(tie.first(), tie.second(), tie);
      }
    }
    return new NetworkGraph(builder.build(), focal);
  }

  /**
   * Returns the focal person's node.
   *
   * @return the person's id, or empty when the network has no focal person
   */
  public Optional<MemberId> focalPerson() {
    return Optional.ofNullable(focal);
  }

  /**
   * Returns every node: the focal person, if any, then the members, in the network's order.
   *
   * @return the individuals' ids
   */
  public ImmutableSet<MemberId> individuals() {
    return ImmutableSet.copyOf(graph.nodes());
  }

  /**
   * Returns every tie of the view.
   *
   * @return the ties
   */
  public ImmutableSet<Tie> ties() {
    return ImmutableSet.copyOf(graph.edges());
  }

  /**
   * Returns the ties of an individual.
   *
   * @param individual a node
   * @return the ties touching it
   * @throws IllegalArgumentException if {@code individual} is not a node
   */
  public ImmutableSet<Tie> tiesOf(MemberId individual) {
    return ImmutableSet.copyOf(graph.incidentEdges(node(individual)));
  }

  /**
   * Returns the individuals tied to an individual.
   *
   * @param individual a node
   * @return the neighbours
   * @throws IllegalArgumentException if {@code individual} is not a node
   */
  public ImmutableSet<MemberId> neighbours(MemberId individual) {
    return ImmutableSet.copyOf(graph.adjacentNodes(node(individual)));
  }

  /**
   * Returns the number of distinct individuals tied to an individual (parallel ties count once).
   *
   * @param individual a node
   * @return the degree
   * @throws IllegalArgumentException if {@code individual} is not a node
   */
  public int degree(MemberId individual) {
    return graph.adjacentNodes(node(individual)).size();
  }

  /**
   * Returns the ties between two individuals.
   *
   * @param a a node
   * @param b another node
   * @return the ties, possibly empty
   * @throws IllegalArgumentException if either is not a node
   */
  public ImmutableList<Tie> tiesBetween(MemberId a, MemberId b) {
    return ImmutableList.copyOf(graph.edgesConnecting(node(a), node(b)));
  }

  /**
   * Tells whether two individuals are tied.
   *
   * @param a a node
   * @param b another node
   * @return true if at least one tie joins them
   * @throws IllegalArgumentException if either is not a node
   */
  public boolean areTied(MemberId a, MemberId b) {
    return graph.hasEdgeConnecting(node(a), node(b));
  }

  private MemberId node(MemberId individual) {
    Objects.requireNonNull(individual, "individual");
    if (!graph.nodes().contains(individual)) {
      throw new IllegalArgumentException(String.format(NOT_A_NODE, QuotedInput.quote(individual)));
    }
    return individual;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NetworkGraph && ((NetworkGraph) o).graph.equals(graph);
  }

  @Override
  public int hashCode() {
    return graph.hashCode();
  }

  /** Returns the node and tie counts; never a name. */
  @Override
  public String toString() {
    return "NetworkGraph{individuals=" + graph.nodes().size() + ", ties=" + graph.edges().size() + "}";
  }
}
