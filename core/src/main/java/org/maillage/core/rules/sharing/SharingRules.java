package org.maillage.core.rules.sharing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.function.Function;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingPolicy;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleContext;

/**
 * The rules of the sharing family (<i>transmission d'informations</i>), in catalogue order: every recorded
 * flow of information about a person, judged as of its own date (DOMAIN.md §2 and §4).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SharingRules {
  private static final ImmutableList<Rule> ALL = ImmutableList.of(
      new ShareWithNotAboutRule(),
      new ShareWithinSecrecyRule(),
      new ShareNecessaryRule(),
      new ShareDecisionRule(),
      new ShareRecordIncompleteRule());

  /** The sharing record of a network: one per validation, shared by the rules of this family. */
  private static final Function<Network, SharingRecord> RECORD = SharingRecord::of;

  /** The decisions of a network's flows: one memo per validation, shared by the rules of this family. */
  private static final Function<Network, FlowDecisions> DECISIONS = FlowDecisions::new;

  private SharingRules() {}

  /**
   * Returns the sharing record of the network under validation, made once per validation and shared by every
   * rule of this family that asks ({@link RuleContext#derived}), so that its summaries are built once: linear
   * in the record (n log n in what it summarises), paid by the first rule that reads it.
   *
   * @param network the network
   * @param context the running rule's context
   * @return the network's sharing record
   */
  static SharingRecord record(Network network, RuleContext context) {
    return context.derived(network, RECORD);
  }

  /**
   * Returns the decision of the network's flow at a position under a policy, made once per validation and read
   * again by every rule of this family that asks ({@link FlowDecisions}): each flow is decided once, however
   * many rules judge it.
   *
   * @param network the network
   * @param context the running rule's context
   * @param policy the policy of the network's jurisdiction
   * @param position the flow's position in {@link Network#flows()}
   * @return the flow's decision; without its grounds only when it is allowed outright
   */
  static SharingDecision decision(Network network, RuleContext context, SharingPolicy policy, int position) {
    return context.derived(network, DECISIONS).of(policy, record(network, context), position);
  }

  /**
   * Returns the memo of the network's flow decisions for this validation ({@link FlowDecisions}), for a rule that
   * reads many flows: fetched once, it answers {@link FlowDecisions#isJudged} and {@link FlowDecisions#of} for
   * each flow without asking the context again.
   *
   * @param network the network
   * @param context the running rule's context
   * @return the memo, shared by the family's rules within the validation
   */
  static FlowDecisions decisions(Network network, RuleContext context) {
    return context.derived(network, DECISIONS);
  }

  /**
   * Tells whether a rule judging professionals' flows judges this one: made on or before the validation date
   * (a flow recorded with a later date is not judged yet) and sent by a professional member of the network.
   *
   * @param network the network
   * @param flow one of its flows
   * @param date the validation date
   * @return true if the flow is judged
   */
  static boolean isJudgedProfessionalFlow(Network network, InformationFlow flow, LocalDate date) {
    return !flow.date().isAfter(date) && network.member(flow.sender()).orElse(null) instanceof Professional;
  }

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
