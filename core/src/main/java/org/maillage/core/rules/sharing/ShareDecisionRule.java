package org.maillage.core.rules.sharing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.maillage.MemberId;
import org.maillage.Message;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.network.Network;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingPolicy;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code SHARE-DECISION} (ERROR): every recorded flow is one the sharing decision of DOMAIN.md §4
 * allows as it stands (<i>décision de partage</i>; Bouts: passing information is a duty, within secrecy). The
 * decision is made as of the flow's date, from what the record shows; anything but ALLOW is a finding: a
 * refusal, or prior information or consent the record does not show. The decision is the policy of the
 * network's jurisdiction ({@link RuleContext#jurisdictionOf}, the settings' default when the network records
 * none), as the validator was given it ({@link RuleContext#sharingPolicy}); today France. The rule judges only
 * complete decisions: a decision {@code INCOMPLETE} (a fact it turns on is not recorded), and every flow of a
 * network with no jurisdiction recorded nor given as default, are {@code SHARE-RECORD-INCOMPLETE}'s, and this rule
 * is silent for them.
 *
 * <p>Scope: every recorded flow of information about a person sent by a professional member, judged as of its
 * own date; a flow dated after the validation date is not judged yet. Reading: the decision of §4 is about
 * professionals bound by secrecy; what the person, a relative or a participant tells someone is not a sharing
 * under professional secrecy, so such flows are not judged here (a careful social worker would not call a
 * mother's word to the school "a refused sharing"). {@code SHARE-WITH-NOT-ABOUT} and {@code SHARE-NECESSARY}
 * still read them.
 *
 * <p>The information owed after an urgency is {@code SHARE-WITH-NOT-ABOUT}'s, not this rule's: under the
 * general regime an urgency waives the prior information (CSP R1110-3 III), so the decision as of the flow's
 * date is ALLOW whatever was recorded afterwards, and this rule stays silent. Under child protection and for a
 * concern about a child, whose texts accept only the child's interest, an urgency waives nothing and the
 * prior information is owed.
 *
 * <p>Findings, on the flow ({@code flow}, {@code date}: the flow's day, {@code basis}: the legal basis of the
 * decision, article references joined by commas): {@code deny}; {@code inform-first} ({@code addressees}: the
 * ids of whom to inform, joined by commas); {@code inform-unknown} when whoever is to be informed is not
 * recorded (no holder of parental authority); {@code consent-needed} ({@code addressees}: whose consent is
 * needed). Every finding also names the step that decided ({@code step}: its key, such as {@code general.step7})
 * and renders the reason that step gave ({@code reason}). The step-by-step reasons are the decision's:
 * {@code SharingPolicies.explain(...)}.
 *
 * <p>Linear in the flows and their parties, each party looked up once in the member index; each flow is decided
 * once per validation, by whichever rule of the family asks first, and the others read that decision again
 * ({@code SharingRules.decision}); the informations for
 * flows in general and the formalised care group are read once per validation ({@link SharingRecord}, one per
 * validation shared by the sharing rules through {@code RuleContext.derived}), and so
 * are the objections and consents of each addressee (the person and her representatives) and the person's
 * judicial measures: each flow then asks their summaries in time linear in its categories and recipients times
 * the logarithm of what its addressees recorded (for consents, times the number of distinct scopes among them),
 * so that the cost stays linear, up to that logarithm, when objections and consents grow with the flows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShareDecisionRule extends CatalogueRule {

  /** Creates the rule. */
  public ShareDecisionRule() {
    super("SHARE-DECISION", Severity.ERROR, "Bouts", "partage d'informations et secret partagé");
  }

  /**
   * Checks each flow against the sharing decision of the network's jurisdiction, as of its date.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return one finding per flow not allowed as it stands, empty when every flow is allowed
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    LocalDate date = context.date();
    // one reader for all the flows: it keeps its working lists from one flow to the next
    SharingPolicy policy = null;
    SharingRecord record = null;
    FlowDecisions decisions = SharingRules.decisions(network, context);
    ImmutableList.Builder<Finding> findings = null;
    List<InformationFlow> flows = network.flows();
    for (int i = 0; i < flows.size(); i++) {
      InformationFlow flow = flows.get(i);
      if (!decisions.isJudged(i, date)) {
        continue;
      }
      if (policy == null || record == null) {
        Jurisdiction jurisdiction = context.jurisdictionOf(network).orElse(null);
        if (jurisdiction == null) {
          // no law to decide under: SHARE-RECORD-INCOMPLETE names the jurisdiction
          return List.of();
        }
        policy = context.sharingPolicy(jurisdiction);
        record = SharingRules.record(network, context);
      }
      SharingDecision decision = decisions.of(policy, record, i);
      if (decision.isAllowed() || !decision.isComplete()) {
        // an incomplete decision is SHARE-RECORD-INCOMPLETE's
        continue;
      }
      if (findings == null) {
        findings = ImmutableList.builder();
      }
      SubjectPath path = SubjectPath.of(network.id()).flow(flow.id());
      String message = switch (decision.outcome()) {
        case DENY -> "deny";
        case ALLOW_AFTER_INFORMING -> decision.addressees().isEmpty() ? "inform-unknown" : "inform-first";
        case REQUIRE_CONSENT -> "consent-needed";
        case ALLOW, INCOMPLETE -> throw new AssertionError("an allowed or incomplete flow makes no finding");
      };
      ImmutableMap.Builder<String, Object> arguments = ImmutableMap.<String, Object>builder()
          .put("flow", flow.id()).put("date", flow.date()).put("basis", basis(decision))
          .put("step", decision.decidingStep().value());
      if (!decision.addressees().isEmpty()) {
        arguments.put("addressees", ids(decision));
      }
      Message reason = decision.decidingReason().orElseThrow(
          () -> new AssertionError("a decision not allowed outright is explained"));
      arguments.put("reason", new DecidingReason(Objects.requireNonNull(policy, "policy"), decision.decidingStep(),
          reason));
      findings.add(context.finding(path, key(message), arguments.buildOrThrow()));
    }
    return findings == null ? List.of() : findings.build();
  }

  private static String basis(SharingDecision decision) {
    StringJoiner basis = new StringJoiner(", ");
    for (LegalReference article : decision.legalBasis()) {
      basis.add(article.label());
    }
    return basis.toString();
  }

  private static String ids(SharingDecision decision) {
    StringJoiner ids = new StringJoiner(", ");
    for (MemberId id : decision.addressees()) {
      ids.add(id.value());
    }
    return ids.toString();
  }
}
