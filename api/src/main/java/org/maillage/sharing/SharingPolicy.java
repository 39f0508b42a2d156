package org.maillage.sharing;

import java.util.Locale;
import org.maillage.Message;
import org.maillage.network.Network;

/**
 * Decides whether a flow of information may take place under one jurisdiction (<i>politique de partage</i>):
 * "may A share these categories about P with B, for this purpose, now?".
 *
 * <p>A vendor calls it before every transmission, with the flow it is about to make (its date is the moment
 * judged) and the network as recorded. The answer comes only from what the record shows: informed beforehand
 * means an information recorded on or before the flow's date, and the same for consent and objection.
 * Implementations are immutable, thread-safe and deterministic; obtain one from
 * {@code org.maillage.core.SharingPolicies}, and give one to the validator with
 * {@code Validator.builder().sharingPolicy(policy)}.
 *
 * @since 0.1
 */
public interface SharingPolicy {

  /**
   * Returns the jurisdiction this policy applies.
   *
   * @return the jurisdiction
   */
  Jurisdiction jurisdiction();

  /**
   * Decides a flow.
   *
   * @param network the network of the person the flow is about, holding the sender, the recipients, the
   *     person's informings, objections and consents
   * @param flow the flow, recorded or about to be made
   * @return the decision with its grounds
   * @throws IllegalArgumentException if the flow's sender or a recipient is not an individual of the network
   */
  SharingDecision decide(Network network, InformationFlow flow);

  /**
   * Tells whether the reason recorded for not informing the person beforehand
   * ({@link InformationFlow#notInformedReason()}) is one the decision's regime accepts.
   *
   * @param decision a decision of this policy for the flow
   * @param flow the flow
   * @return false when no reason is recorded, or when the regime does not accept it
   * @since 0.2
   */
  boolean acceptsNotInformedReason(SharingDecision decision, InformationFlow flow);

  /**
   * Renders one reason of a decision.
   *
   * @param reason a reason of a decision of this policy
   * @param locale the reader's locale
   * @return the text
   */
  String render(Message reason, Locale locale);
}
