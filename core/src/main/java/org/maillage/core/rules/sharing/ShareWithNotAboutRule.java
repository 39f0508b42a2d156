package org.maillage.core.rules.sharing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maillage.MemberId;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.core.sharing.fr.FrenchSharingPolicy;
import org.maillage.core.sharing.fr.SharingRecord;
import org.maillage.network.Network;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeStage;
import org.maillage.person.Person;
import org.maillage.person.RepresentationKind;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.NotInformedReason;
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
 *   <li>A reason the regime accepts: the regime is the French policy's step 0 for the flow
 *       ({@link FrenchSharingPolicy#acceptsNotInformedReason}): the child's interest under the reports and
 *       child-protection regimes; an urgency under the others, provided the person was told of the flow
 *       after it (strictly after its date) and on or before the validation date.</li>
 * </ul>
 *
 * <p>Findings, on the flow ({@code flow}, {@code date}: the flow's day, {@code person}: whom it is about):
 * {@code not-informed}; {@code reason-not-accepted} when the reason recorded is one the regime does not accept;
 * {@code urgency-not-followed} when, after an urgency, the person has still not been told as of the validation
 * date ({@code asOf}).
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
    SharingRecord record = null;
    ImmutableList.Builder<Finding> findings = null;
    for (InformationFlow flow : network.flows()) {
      if (flow.date().isAfter(asOf) || flow.personPresent() || flow.sender().equals(flow.about())) {
        continue;
      }
      if (record == null) {
        record = SharingRecord.of(network);
      }
      List<MemberId> told = whoIsTold(network, flow);
      if (anyInformedBefore(record, flow, told)) {
        continue;
      }
      String problem = "not-informed";
      if (flow.notInformedReason().isPresent()) {
        if (!FrenchSharingPolicy.acceptsNotInformedReason(FrenchSharingPolicy.instance().outcome(record, flow),
            flow)) {
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

  /** The person, or for a young child at the centre the holders of parental authority and the guardian. */
  private static List<MemberId> whoIsTold(Network network, InformationFlow flow) {
    Person focal = network.focalPerson().orElse(null);
    if (focal == null || !focal.id().equals(flow.about()) || focal.lifeStage() != LifeStage.YOUNG_CHILD) {
      return List.of(flow.about());
    }
    List<MemberId> holders = new ArrayList<>(focal.representatives().size());
    for (LegalRepresentative r : focal.representatives()) {
      if (r.kind() == RepresentationKind.PARENTAL_AUTHORITY || r.kind() == RepresentationKind.GUARDIANSHIP) {
        holders.add(r.id());
      }
    }
    return holders.isEmpty() ? List.of(flow.about()) : holders;
  }

  private static boolean anyInformedBefore(SharingRecord record, InformationFlow flow, List<MemberId> told) {
    for (MemberId who : told) {
      if (record.informedBefore(flow, who, InformingSubject.NATURE_OF_INFORMATION)) {
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
