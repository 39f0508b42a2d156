package org.maillage.core.rules.referent;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * ({@link Network#tiesOf}). The others are the primary members and professionals current on the date, the
 * référent excluded; participants are not counted, as DOMAIN.md §2 says "primary and professional". Fires, on
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
    Set<MemberId> referents = ReferentsInForce.of(network, date);
    if (referents.isEmpty()) {
      return List.of();
    }
    MemberId person = network.focalPerson().orElseThrow().id();
    int individuals = 0;
    for (Member member : network.members()) {
      if (counts(member, date)) {
        individuals++;
      }
    }
    List<Finding> findings = List.of();
    for (MemberId referent : referents) {
      boolean current = network.member(referent).map(m -> counts(m, date)).orElse(false);
      int others = current ? individuals - 1 : individuals;
      boolean tiedToPerson = false;
      Set<MemberId> tied = Set.of();
      if (current) {
        for (Tie tie : network.tiesOf(referent)) {
          MemberId other = tie.other(referent);
          if (other.equals(person)) {
            tiedToPerson = true;
          } else if (network.member(other).map(m -> counts(m, date)).orElse(false)) {
            if (tied.isEmpty()) {
              tied = new HashSet<>();
            }
            tied.add(other);
          }
        }
      }
      String suffix;
      if (!tiedToPerson) {
        suffix = "not-tied-to-person";
      } else if (tied.size() * 2 < others) {
        suffix = "few-ties";
      } else {
        continue;
      }
      if (findings.isEmpty()) {
        findings = new ArrayList<>();
      }
      findings.add(context.finding(SubjectPath.of(network.id()).member(referent), key(suffix),
          ImmutableMap.of("tied", tied.size(), "others", others)));
    }
    return findings;
  }

  /** The individuals the référent should reach: current primary members and professionals. */
  private static boolean counts(Member member, LocalDate date) {
    return (member instanceof PrimaryMember || member instanceof Professional) && member.isCurrentOn(date);
  }
}
