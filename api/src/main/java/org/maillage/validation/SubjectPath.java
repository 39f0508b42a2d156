package org.maillage.validation;

import com.google.common.collect.ImmutableList;
import java.util.Iterator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maillage.FlowId;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.TieId;

/**
 * What a finding is about, as a path from the network down (<i>chemin de l'objet</i>), such as
 * {@code network[n-1]/member[m-3]} or {@code network[n-1]/project/objective[obj-2]}.
 *
 * <p>Paths hold ids only, never names. They are ordered by their steps, so reports list findings in a stable
 * order.
 *
 * <pre>{@code
 * SubjectPath path = SubjectPath.of(network.id()).member(MemberId.of("m-3"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SubjectPath implements Iterable<SubjectPath.Step>, Comparable<SubjectPath> {

  /**
   * One step of a path: a kind and a key.
   *
   * @param kind what the step names
   * @param key the id of the thing named, or the kind's fixed key ("project", "partnership", "governance")
   * @since 0.1
   */
  public record Step(SubjectKind kind, String key) implements Comparable<Step> {
    @Override
    public int compareTo(Step other) {
      int c = kind.compareTo(other.kind);
      return c != 0 ? c : key.compareTo(other.key);
    }

    /** Returns {@code kind[key]}, or the kind alone for fixed keys. */
    @Override
    public String toString() {
      String name = kind.name().toLowerCase(java.util.Locale.ROOT);
      return key.equals(name) ? name : name + "[" + key + "]";
    }
  }

  private final ImmutableList<Step> steps;

  private SubjectPath(ImmutableList<Step> steps) {
    this.steps = steps;
  }

  /**
   * Obtains the path of a network.
   *
   * @param network the network's id
   * @return the one-step path
   */
  public static SubjectPath of(NetworkId network) {
    return new SubjectPath(ImmutableList.of(new Step(SubjectKind.NETWORK, network.value())));
  }

  private SubjectPath plus(SubjectKind kind, String key) {
    Step step = new Step(kind, key);
    if (steps.size() == 1) {
      // the common case, a network's part: no builder
      return new SubjectPath(ImmutableList.of(steps.get(0), step));
    }
    return new SubjectPath(ImmutableList.<Step>builderWithExpectedSize(steps.size() + 1)
        .addAll(steps).add(step).build());
  }

  /**
   * Returns this path extended to the focal person.
   *
   * @param person the person's id
   * @return the longer path
   */
  public SubjectPath person(MemberId person) {
    return plus(SubjectKind.PERSON, person.value());
  }

  /**
   * Returns this path extended to a member.
   *
   * @param member the member's id
   * @return the longer path
   */
  public SubjectPath member(MemberId member) {
    return plus(SubjectKind.MEMBER, member.value());
  }

  /**
   * Returns this path extended to an organisation or institution.
   *
   * @param organisation its id
   * @return the longer path
   */
  public SubjectPath organisation(OrganisationId organisation) {
    return plus(SubjectKind.ORGANISATION, organisation.value());
  }

  /**
   * Returns this path extended to a tie.
   *
   * @param tie the tie's id
   * @return the longer path
   */
  public SubjectPath tie(TieId tie) {
    return plus(SubjectKind.TIE, tie.value());
  }

  /**
   * Returns this path extended to a meeting.
   *
   * @param meeting the meeting's id
   * @return the longer path
   */
  public SubjectPath meeting(MeetingId meeting) {
    return plus(SubjectKind.MEETING, meeting.value());
  }

  /**
   * Returns this path extended to a flow of information.
   *
   * @param flow the flow's id
   * @return the longer path
   */
  public SubjectPath flow(FlowId flow) {
    return plus(SubjectKind.FLOW, flow.value());
  }

  /**
   * Returns this path extended to the personalised project.
   *
   * @return the longer path
   */
  public SubjectPath project() {
    return plus(SubjectKind.PROJECT, "project");
  }

  /**
   * Returns this path extended to an objective (normally after {@link #project()}).
   *
   * @param objective the objective's id
   * @return the longer path
   */
  public SubjectPath objective(ObjectiveId objective) {
    return plus(SubjectKind.OBJECTIVE, objective.value());
  }

  /**
   * Returns this path extended to the partnership.
   *
   * @return the longer path
   */
  public SubjectPath partnership() {
    return plus(SubjectKind.PARTNERSHIP, "partnership");
  }

  /**
   * Returns this path extended to the governance.
   *
   * @return the longer path
   */
  public SubjectPath governance() {
    return plus(SubjectKind.GOVERNANCE, "governance");
  }

  /**
   * Returns the steps, network first.
   *
   * @return the steps, never empty
   */
  public ImmutableList<Step> steps() {
    return steps;
  }

  /**
   * Returns the last step, the thing the path names.
   *
   * @return the last step
   */
  public Step last() {
    return steps.get(steps.size() - 1);
  }

  /**
   * Tells whether this path starts with another (a finding about a member of a network "is about" the
   * network too).
   *
   * @param prefix the shorter path
   * @return true if every step of {@code prefix} begins this path
   */
  public boolean startsWith(SubjectPath prefix) {
    return prefix.steps.size() <= steps.size() && steps.subList(0, prefix.steps.size()).equals(prefix.steps);
  }

  @Override
  public Iterator<Step> iterator() {
    return steps.iterator();
  }

  @Override
  public int compareTo(SubjectPath other) {
    int n = Math.min(steps.size(), other.steps.size());
    for (int i = 0; i < n; i++) {
      int c = steps.get(i).compareTo(other.steps.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(steps.size(), other.steps.size());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SubjectPath && ((SubjectPath) o).steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(steps);
  }

  /** Returns the steps joined by '/', such as {@code network[n-1]/member[m-3]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Step s : steps) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(s);
    }
    return sb.toString();
  }
}
