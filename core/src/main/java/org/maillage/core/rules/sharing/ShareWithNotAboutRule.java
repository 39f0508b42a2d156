package org.maillage.core.rules.sharing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.maillage.MemberId;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.network.Network;
import org.maillage.person.LifeStage;
import org.maillage.person.Person;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.SharingPolicy;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code SHARE-WITH-NOT-ABOUT} (WARNING): network work communicates with the person, not about them
 * (<i>communiquer avec la personne, pas à son sujet</i>, Belgian service guide). Each flow shows the person
 * present, or the person told of it beforehand, or a reason the regime accepts for not telling them.
 *
 * <p>Scope: every recorded flow of information about a person, judged as of its own date; a flow dated after
 * the validation date is not judged yet. The information owed after an urgency is judged as of the
 * validation date.
 *
 * <p>Readings:
 * <ul>
 *   <li>A flow the person sends about themselves is made with them, like one made in their presence.</li>
 *   <li>Told of the flow: an information recorded on or before the flow's date that covers it and tells
 *       {@link InformingSubject#NATURE_OF_INFORMATION} (the other subjects complete it but do not tell the
 *       person that this flow happens). Who is told: the person the flow is about; for a focal person who is
 *       a {@link LifeStage#YOUNG_CHILD young child}, one holder of parental authority or the guardian (the
 *       child when none is recorded).</li>
 *   <li>A reason the regime accepts: the regime is step 0 of the policy of the network's jurisdiction for the
 *       flow ({@link SharingPolicy#acceptsNotInformedReason}); in France, the child's interest under the reports and
 *       child-protection regimes; an urgency under the others, provided the person was told of the flow
 *       after it (strictly after its date) and on or before the validation date.</li>
 * </ul>
 *
 * <p>Findings, on the flow ({@code flow}, {@code date}: the flow's day, {@code person}: whom it is about):
 * {@code not-informed}; {@code reason-not-accepted} when the reason recorded is one the regime does not accept;
 * {@code urgency-not-followed} when, after an urgency, the person has still not been told as of the validation
 * date ({@code asOf}).
 *
 * <p>Linear in the flows and the informations recorded for each: the informations for flows in general are read
 * once per validation ({@link SharingRecord}, shared with the other sharing rules). A flow with a reason for
 * not informing is decided once more by the jurisdiction's policy, which asks the record's summaries of its
 * addressees' objections and consents, logarithmic in them (see {@code SHARE-DECISION}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShareWithNotAboutRule extends CatalogueRule {

  /** Creates the rule. */
  public ShareWithNotAboutRule() {
    super("SHARE-WITH-NOT-ABOUT", Severity.WARNING, "Belgian service guide",
        "communiquer avec la personne, pas à son sujet");
  }

  /**
   * Checks that each flow shows the person present or told, or an accepted reason for not telling them.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return one finding per flow made about the person without them, empty when there is none
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    LocalDate asOf = context.date();
    Person focal = network.focalPerson().orElse(null);
    // who is told for a flow about the focal person, read once: the flows about her all ask
    List<MemberId> toldOfFocal = focal == null ? List.of() : whoIsTold(focal, focal.lifeStage(), focal.holdersOfAuthority());
    SharingRecord record = null;
    SharingPolicy policy = null;
    ImmutableList.Builder<Finding> findings = null;
    List<InformationFlow> flows = network.flows();
    for (int i = 0; i < flows.size(); i++) {
      InformationFlow flow = flows.get(i);
      if (flow.date().isAfter(asOf) || flow.personPresent() || flow.sender().equals(flow.about())) {
        continue;
      }
      if (record == null) {
        record = SharingRules.record(network, context);
      }
      // the stage as of the flow's day: it follows the date of birth when one is recorded
      List<MemberId> told = focal == null || !focal.id().equals(flow.about()) ? List.of(flow.about())
          : focal.birthDate().isPresent() ? whoIsTold(focal, focal.lifeStageOn(flow.date()),
              focal.holdersOfAuthorityOn(flow.date())) : toldOfFocal;
      if (anyInformedBefore(record, flow, told)) {
        continue;
      }
      String problem = "not-informed";
      if (flow.notInformedReason().isPresent()) {
        if (policy == null) {
          Jurisdiction jurisdiction = context.jurisdictionOf(network).orElse(null);
          if (jurisdiction == null) {
            // whether the reason is accepted turns on the jurisdiction, not recorded: SHARE-RECORD-INCOMPLETE's
            continue;
          }
          policy = context.sharingPolicy(jurisdiction);
        }
        SharingDecision decision = SharingRules.decision(network, context, policy, i);
        if (!decision.isComplete()) {
          // whether the reason is accepted turns on the regime, left open by facts not recorded
          continue;
        }
        if (!Objects.requireNonNull(policy, "policy").acceptsNotInformedReason(decision, flow)) {
          problem = "reason-not-accepted";
        } else if (flow.notInformedReason().get() == NotInformedReason.AGAINST_CHILD_INTEREST
            || anyInformedAfter(record, flow, told, asOf)) {
          continue;
        } else {
          problem = "urgency-not-followed";
        }
      }
      if (findings == null) {
        findings = ImmutableList.builder();
      }
      SubjectPath path = SubjectPath.of(network.id()).flow(flow.id());
      findings.add(problem.equals("urgency-not-followed")
          ? context.finding(path, key(problem), ImmutableMap.of("flow", flow.id(), "date", flow.date(),
              "person", flow.about(), "asOf", asOf))
          : context.finding(path, key(problem), ImmutableMap.of("flow", flow.id(), "date", flow.date(),
              "person", flow.about())));
    }
    return findings == null ? List.of() : findings.build();
  }

  /** The focal person, or for a young child the holders of parental authority and the guardian. */
  private static List<MemberId> whoIsTold(Person focal, LifeStage stage, List<MemberId> holders) {
    if (stage != LifeStage.YOUNG_CHILD) {
      return List.of(focal.id());
    }
    return holders.isEmpty() ? List.of(focal.id()) : holders;
  }

  private static boolean anyInformedBefore(SharingRecord record, InformationFlow flow, List<MemberId> told) {
    for (int i = 0; i < told.size(); i++) {
      if (record.informedBefore(flow, told.get(i), InformingSubject.NATURE_OF_INFORMATION)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyInformedAfter(SharingRecord record, InformationFlow flow, List<MemberId> told,
      LocalDate asOf) {
    for (MemberId who : told) {
      if (record.informedAfter(flow, who, asOf)) {
        return true;
      }
    }
    return false;
  }
}
