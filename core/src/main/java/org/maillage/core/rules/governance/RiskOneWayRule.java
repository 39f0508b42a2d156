package org.maillage.core.rules.governance;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.Member;
import org.maillage.network.Network;
import org.maillage.network.SupportType;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code RISK-ONE-WAY} (INFO): support flows both ways (<i>réciprocité</i>): a network works when each member
 * is useful to the others in turn (Bouts, 003; Dumoulin et al., 000, on reciprocities).
 *
 * <p>Scope: networks active on the date. Fires once for each member current on the date, other than the
 * focal person, who receives at least one kind of support ({@link Network#supportReceivedBy}) and gives none
 * ({@link Network#supportGivenBy}); the subject is the member, the argument {@code received} is the number of
 * kinds of support received.
 *
 * <p>Reading chosen: every kind of member is judged (relatives, professionals and participants alike), as
 * DOMAIN.md §2 says "each member"; gives and receives are the api's one definition, through ties between
 * current individuals.
 *
 * <p>Linear in the members and ties: each current member's own ties are read; whether the other end is current
 * is found by halving its involvements.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class RiskOneWayRule extends CatalogueRule {

  /** Creates the rule. */
  public RiskOneWayRule() {
    super("RISK-ONE-WAY", Severity.INFO, "Bouts", "réciprocité, reconnaissance de l'autre");
  }

  /**
   * Reports each current member who receives support and gives none.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding per such member, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    LocalDate date = context.date();
    if (!network.isActiveOn(date)) {
      return List.of();
    }
    List<Finding> findings = List.of();
    // the current members, in the network's order: who is current is read once per date (Network)
    ImmutableList<Member> members = network.currentMembers(date);
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      // Giving first: most members give, and one look at their ties then settles it.
      if (network.givesSupport(member.id(), date) || !network.receivesSupport(member.id(), date)) {
        continue;
      }
      Set<SupportType> received = network.supportReceivedBy(member.id(), date);
      if (findings.isEmpty()) {
        findings = new ArrayList<>();
      }
      findings.add(context.finding(SubjectPath.of(network.id()).member(member.id()), key("receives-only"),
          Map.of("received", received.size())));
    }
    return findings;
  }
}
