package org.maillage.core.rules.referent;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maillage.MemberId;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.Member;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code REFERENT-CENTRAL} (WARNING): the référent de proximité is central in the network
 * (<i>centralité</i>, one of the five qualities Cultiaux names, 004).
 *
 * <p>Scope: person-centred networks. For each professional with a designation in force on the date (once,
 * however many designations), the ties counted are those between individuals current on the date
 * ({@link Network#tiesOf}, each other end once: {@link Network#neighboursOf}). The others are the primary
 * members and professionals current on the date, the référent excluded; participants are not counted, as
 * DOMAIN.md §2 says "primary and professional". Fires, on
 * {@code network[..]/member[<référent>]}:
 * <ul>
 *   <li>key {@code not-tied-to-person} when the référent has no tie to the focal person;</li>
 *   <li>else key {@code few-ties} when the référent is tied to fewer than half of the others
 *       ({@code tied * 2 < others}).</li>
 * </ul>
 * Both carry {@code tied} (the number of distinct others tied to the référent) and {@code others}.
 *
 * <p>Readings chosen: one finding per référent, the missing tie to the person first since the référent is a
 * worker of reference for the person before anyone else; several ties to the same individual count once; a
 * référent who is not current on the date has no current tie, so is reported as not tied to the person.
 *
 * <p>Linear in the members, the designations and the référents' ties: the référents in force are found once
 * ({@code ReferentsInForce}, from the network's index of designations by professional), each référent's own ties
 * are read once.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReferentCentralRule extends CatalogueRule {

  /** Creates the rule. */
  public ReferentCentralRule() {
    super("REFERENT-CENTRAL", Severity.WARNING, "Cultiaux", "centralité du référent de proximité");
  }

  /**
   * Reports each référent in force who is not tied to the person or tied to fewer than half of the others.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding per such référent, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (!network.isPersonCentred()) {
      return List.of();
    }
    LocalDate date = context.date();
    List<MemberId> referents = ReferentsInForce.of(network, context);
    if (referents.isEmpty()) {
      return List.of();
    }
    MemberId person = network.focalPerson().orElseThrow().id();
    // the current members, read once per date (Network), of the sorts the référent should reach
    ImmutableList<Member> members = network.currentMembers(date);
    int individuals = 0;
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i) instanceof PrimaryMember || members.get(i) instanceof Professional) {
        individuals++;
      }
    }
    List<Finding> findings = List.of();
    SubjectPath networkPath = SubjectPath.of(network.id());
    for (int r = 0; r < referents.size(); r++) {
      MemberId referent = referents.get(r);
      boolean current = counts(network, referent, date);
      int others = current ? individuals - 1 : individuals;
      boolean tiedToPerson = false;
      int tied = 0;
      if (current) {
        ImmutableList<Tie> ties = network.tiesOf(referent);
        if (ties.size() == 1) {
          // one tie, one neighbour: no set of neighbours to make
          MemberId other = ties.get(0).other(referent);
          if (other.equals(person)) {
            tiedToPerson = true;
          } else if (counts(network, other, date)) {
            tied++;
          }
        } else {
          // Each neighbour once: several ties to the same individual count once.
          ImmutableList<MemberId> neighbours = network.neighboursOf(referent).asList();
          for (int i = 0; i < neighbours.size(); i++) {
            MemberId other = neighbours.get(i);
            if (other.equals(person)) {
              tiedToPerson = true;
            } else if (counts(network, other, date)) {
              tied++;
            }
          }
        }
      }
      String suffix;
      if (!tiedToPerson) {
        suffix = "not-tied-to-person";
      } else if (tied * 2 < others) {
        suffix = "few-ties";
      } else {
        continue;
      }
      if (findings.isEmpty()) {
        findings = new ArrayList<>(referents.size() - r);
      }
      // one finding for each référent in force, so its message's map is made only when read
      findings.add(context.finding(networkPath.member(referent), key(suffix), "tied", tied,
          "others", others));
    }
    return findings;
  }

  /** Tells whether an id names a member the référent should reach; false for the focal person. */
  private static boolean counts(Network network, MemberId id, LocalDate date) {
    Optional<Member> member = network.member(id);
    return member.isPresent() && counts(member.get(), date);
  }

  /** The individuals the référent should reach: current primary members and professionals. */
  private static boolean counts(Member member, LocalDate date) {
    return (member instanceof PrimaryMember || member instanceof Professional) && member.isCurrentOn(date);
  }
}
