package org.maillage.core.rules.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maillage.MemberId;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.Member;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.partnership.Partnership;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code PARTNERSHIP-PROFESSIONALS-ONLY} (ERROR): a partnership is an exchange system between professionals
 * exclusively (<i>partenariat</i>, Belgian service guide, 001): its parties are organisations and
 * professionals.
 *
 * <p>Scope: networks with a {@link Network#partnership()}. Organisation parties are organisations by
 * construction and are never reported. Fires once for each individual party
 * ({@link Partnership#members()}) that is not a {@link Professional}, with a key saying what the party is:
 * {@code primary-member} (a relative, friend or neighbour; subject {@code network[..]/partnership/member[..]}),
 * {@code participant} (an inhabitant, volunteer, users' representative; same subject), or {@code person} (the
 * focal person; subject {@code network[..]/partnership/person[..]}). No argument: the subject names the party.
 *
 * <p>Reading chosen: a party is judged by what it is, whether or not it is current on the date; being a party
 * is a matter of the partnership's definition, not of the date.
 *
 * <p>Linear in the partnership's parties, each looked up in the member index.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PartnershipProfessionalsOnlyRule extends CatalogueRule {

  /** Creates the rule. */
  public PartnershipProfessionalsOnlyRule() {
    super("PARTNERSHIP-PROFESSIONALS-ONLY", Severity.ERROR, "Belgian service guide", "partenariat");
  }

  /**
   * Reports each individual party of the partnership that is not a professional.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding per such party, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    Optional<Partnership> partnership = network.partnership();
    if (partnership.isEmpty()) {
      return List.of();
    }
    List<Finding> findings = List.of();
    for (MemberId party : partnership.get().members()) {
      Optional<Member> member = network.member(party);
      Finding finding;
      if (member.isEmpty()) {
        // structurally, an individual party that is not a member is the focal person
        finding = context.finding(SubjectPath.of(network.id()).partnership().person(party), key("person"));
      } else if (member.get() instanceof PrimaryMember) {
        finding = context.finding(SubjectPath.of(network.id()).partnership().member(party), key("primary-member"));
      } else if (member.get() instanceof Participant) {
        finding = context.finding(SubjectPath.of(network.id()).partnership().member(party), key("participant"));
      } else {
        continue;
      }
      if (findings.isEmpty()) {
        findings = new ArrayList<>();
      }
      findings.add(finding);
    }
    return findings;
  }
}
