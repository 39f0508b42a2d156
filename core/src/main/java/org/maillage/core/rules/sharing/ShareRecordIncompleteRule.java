package org.maillage.core.rules.sharing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.network.Network;
import org.maillage.sharing.CommonFact;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.MissingFact;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingPolicy;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code SHARE-RECORD-INCOMPLETE} (WARNING): a flow whose sharing decision of DOMAIN.md §4 cannot be reached
 * because a fact it turns on is not recorded (<i>dossier incomplet</i>; "Unknown is not no"): the finding names
 * the facts to record and whom they are about. {@code SHARE-DECISION} is silent for such a flow, and so are
 * {@code SHARE-WITHIN-SECRECY} and {@code SHARE-WITH-NOT-ABOUT} where their answer turns on the same facts.
 *
 * <p>Scope: the flows {@code SHARE-DECISION} judges (sent by a professional member, dated on or before the
 * validation date). A network that records no jurisdiction, validated with settings that give no default, has
 * no law to decide its flows under: each such flow is incomplete, naming the jurisdiction
 * ({@link CommonFact#JURISDICTION}).
 *
 * <p>Findings, on the flow ({@code flow}, {@code date}: the flow's day): {@code jurisdiction}; {@code facts}
 * ({@code facts}: each fact's kind, rendered in the reader's language, with the member it is about, joined by
 * commas).
 *
 * <p>Linear in the flows and their parties, as {@code SHARE-DECISION}, whose decisions it reads again (one per
 * flow and validation, from the one {@code SharingRecord} of the validation), and an incomplete one once more per way of recording each of its
 * missing facts (a bounded number per fact).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShareRecordIncompleteRule extends CatalogueRule {

  /** Creates the rule. */
  public ShareRecordIncompleteRule() {
    super("SHARE-RECORD-INCOMPLETE", Severity.WARNING, "Bouts", "partage d'informations et secret partagé");
  }

  /**
   * Names, for each flow whose decision cannot be reached, the facts to record.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return one finding per incomplete flow, empty when every decision can be reached
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    LocalDate date = context.date();
    Jurisdiction jurisdiction = null;
    boolean read = false;
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
      if (!read) {
        read = true;
        jurisdiction = context.jurisdictionOf(network).orElse(null);
        if (jurisdiction != null) {
          policy = context.sharingPolicy(jurisdiction);
          record = SharingRules.record(network, context);
        }
      }
      if (policy == null || record == null) {
        findings = findings == null ? ImmutableList.builder() : findings;
        findings.add(context.finding(SubjectPath.of(network.id()).flow(flow.id()), key("jurisdiction"),
            ImmutableMap.of("flow", flow.id(), "date", flow.date(), "fact", CommonFact.JURISDICTION)));
        continue;
      }
      SharingDecision decision = decisions.of(policy, record, i);
      if (decision.isComplete()) {
        continue;
      }
      SubjectPath path = SubjectPath.of(network.id()).flow(flow.id());
      findings = findings == null ? ImmutableList.builder() : findings;
      findings.add(context.finding(path, key("facts"), ImmutableMap.of("flow", flow.id(), "date", flow.date(),
          "facts", new MissingFacts(ImmutableList.copyOf(decision.missingFacts())))));
    }
    return findings == null ? List.of() : findings.build();
  }

  /** The facts of an incomplete decision, rendered as a list in the reader's language. */
  static final class MissingFacts implements org.maillage.Labelled {
    private final ImmutableList<MissingFact> facts;

    MissingFacts(ImmutableList<MissingFact> facts) {
      this.facts = facts;
    }

    /**
     * Returns the kinds and members, as codes.
     *
     * @return for example {@code REGULATORY_CATEGORY(pro-as)}
     */
    @Override
    @org.maillage.Disclosure(org.maillage.Disclosure.Kind.CODE_OR_LABEL)
    public String name() {
      StringBuilder out = new StringBuilder();
      for (MissingFact f : facts) {
        out.append(out.length() == 0 ? "" : ", ").append(f.kind().name());
        f.about().ifPresent(m -> out.append('(').append(m.value()).append(')'));
      }
      return out.toString();
    }

    /**
     * Renders each fact's kind in the reader's language, with the member it is about.
     *
     * @param locale the reader's locale
     * @return the facts joined by commas
     */
    @Override
    public String label(java.util.Locale locale) {
      StringBuilder out = new StringBuilder();
      for (MissingFact f : facts) {
        out.append(out.length() == 0 ? "" : ", ").append(f.kind().label(locale));
        f.about().ifPresent(m -> out.append(" (").append(m.value()).append(')'));
      }
      return out.toString();
    }

    /**
     * Returns the list, as {@link #label}: a list of facts is not a term with a definition.
     *
     * @param locale the reader's locale
     * @return the facts
     */
    @Override
    public String definition(java.util.Locale locale) {
      return label(locale);
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
      return o instanceof MissingFacts m && m.facts.equals(facts);
    }

    @Override
    public int hashCode() {
      return facts.hashCode();
    }

    /** Returns the kinds and members, never more. */
    @Override
    public String toString() {
      return name();
    }
  }
}
