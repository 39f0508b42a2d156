package org.maillage.core.rules.sharing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.Member;
import org.maillage.member.Professional;
import org.maillage.member.SecrecyBasis;
import org.maillage.network.Network;
import org.maillage.person.Person;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Jurisdiction;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code SHARE-WITHIN-SECRECY} (ERROR): what a professional passes on stays among professionals bound by
 * secrecy who take part in the network (<i>secret partagé</i>, Bouts): the recipient of a professional's flow
 * is a professional, bound by secrecy, current member of the network on the flow's date, unless the flow is a
 * report under the reports regime of DOMAIN.md §4 (which goes to an authority the law names).
 *
 * <p>Scope: every recorded flow whose sender is a professional ("between professionals": a relative or the
 * person passing something on is not bound by secrecy), judged as of its own date; a flow dated after the
 * validation date is not judged yet. Whether the flow is a report under that regime is step 0 of the policy of
 * the network's jurisdiction, asked only for flows marked as reports or addressed to an authority (a Belgian
 * report to the prosecutor or testimony is not marked with a French {@code ReportKind}).
 *
 * <p>Readings: the person the flow is about, and the legal representatives of the focal person when the flow
 * is about them, are not third parties to the secret: a flow to them is not judged by this rule (it is network
 * work done with the person). A flow to no member of the network that is not a report under the regime goes
 * outside the network.
 *
 * <p>Findings, on the flow ({@code flow}, {@code date}: the flow's day), one per recipient in id order
 * ({@code recipient}): {@code not-professional}, {@code not-bound} (a professional recorded as not bound by
 * secrecy: one whose secrecy is not recorded is not judged "not bound"),
 * {@code not-current} (not a current member on the flow's date); or {@code outside} for a flow to no member.
 *
 * <p>Linear in the flows and their recipients, each recipient looked up in the member index (a representative in
 * the person's); only a flow marked as a report or addressed to an authority is decided by the jurisdiction's
 * policy (see {@code SHARE-DECISION}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShareWithinSecrecyRule extends CatalogueRule {

  /** Creates the rule. */
  public ShareWithinSecrecyRule() {
    super("SHARE-WITHIN-SECRECY", Severity.ERROR, "Bouts", "secret professionnel et partage d'informations");
  }

  /**
   * Checks that every recipient of a professional's flow is a current professional bound by secrecy.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return one finding per recipient outside shared secrecy, empty when there is none
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    LocalDate date = context.date();
    Person focal = network.focalPerson().orElse(null);
    FlowDecisions decisions = SharingRules.decisions(network, context);
    ImmutableList.Builder<Finding> findings = null;
    List<InformationFlow> flows = network.flows();
    for (int i = 0; i < flows.size(); i++) {
      InformationFlow flow = flows.get(i);
      if (!decisions.isJudged(i, date)) {
        continue;
      }
      if (flow.report().isPresent() || !flow.authorities().isEmpty()) {
        Jurisdiction jurisdiction = context.jurisdictionOf(network).orElse(null);
        if (jurisdiction == null) {
          // whether the report is exempt turns on the jurisdiction, not recorded: SHARE-RECORD-INCOMPLETE's
          continue;
        }
        // a report under the regime, or one whose entry turns on a fact not recorded (the decision is then
        // incomplete under the reports regime): whether it is exempt is not this rule's to say
        if (SharingRules.decision(network, context, context.sharingPolicy(jurisdiction), i).regime().isReport()) {
          continue;
        }
      }
      SubjectPath path = null;
      if (flow.recipients().isEmpty()) {
        findings = builder(findings);
        path = SubjectPath.of(network.id()).flow(flow.id());
        findings.add(context.finding(path, key("outside"),
            ImmutableMap.of("flow", flow.id(), "date", flow.date())));
        continue;
      }
      boolean aboutFocal = focal != null && focal.id().equals(flow.about());
      ImmutableList<MemberId> recipients = flow.recipients().asList();
      for (int r = 0; r < recipients.size(); r++) {
        MemberId recipient = recipients.get(r);
        if (recipient.equals(flow.about()) || aboutFocal && focal.representative(recipient).isPresent()) {
          continue;
        }
        String problem = problem(network.member(recipient).orElse(null), flow.date());
        if (problem != null) {
          findings = builder(findings);
          if (path == null) {
            path = SubjectPath.of(network.id()).flow(flow.id());
          }
          findings.add(context.finding(path, key(problem),
              ImmutableMap.of("flow", flow.id(), "date", flow.date(), "recipient", recipient)));
        }
      }
    }
    return findings == null ? List.of() : findings.build();
  }

  private static @Nullable String problem(@Nullable Member recipient, LocalDate date) {
    if (!(recipient instanceof Professional professional)) {
      return "not-professional";
    }
    Optional<SecrecyBasis> secrecy = professional.secrecy();
    if (secrecy.isPresent() && secrecy.get() == SecrecyBasis.NONE) {
      // recorded as bound by no secrecy; a secrecy not recorded is not a "not bound": unknown is not no
      return "not-bound";
    }
    return professional.isCurrentOn(date) ? null : "not-current";
  }

  private static ImmutableList.Builder<Finding> builder(ImmutableList.@Nullable Builder<Finding> findings) {
    return findings == null ? ImmutableList.builder() : findings;
  }
}
