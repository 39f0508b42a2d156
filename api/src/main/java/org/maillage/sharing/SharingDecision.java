package org.maillage.sharing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.Message;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;

/**
 * A sharing decision with its grounds (<i>décision de partage motivée</i>), as data: the outcome, the regime,
 * what the regime requires ({@link Requirement}), the step that decided, whom to inform or ask, the legal
 * basis as {@link LegalReference article references}, for a report the basis it stands on, and the reasons
 * step by step, as messages to render in French, English or Dutch.
 *
 * <p>A caller reads these values, never the keys of the reasons: {@link #requirement()} says whether the
 * regime asks for nothing, prior information or consent; {@link #reportBasis()} on which basis a report
 * stands; {@link #decidingStep()} which step settled the outcome, and {@link #decidingReason()} the reason it
 * gave.
 *
 * <p>This class is immutable and thread-safe, with value equality.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SharingDecision {
  SharingDecision() {}

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  @Value.Parameter
  public abstract SharingOutcome outcome();

  /**
   * Returns the jurisdiction of the decision.
   *
   * @return the jurisdiction
   */
  @Value.Parameter
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the regime the flow falls under.
   *
   * @return the regime
   */
  @Value.Parameter
  public abstract Regime regime();

  /**
   * Returns what the regime requires before the flow, as the deciding step read it: {@link Requirement#NONE}
   * for a regime that asks for nothing, and for a flow refused before the regime reached what it requires.
   *
   * @return the requirement
   * @since 0.2
   */
  @Value.Parameter
  public abstract Requirement requirement();

  /**
   * Returns the key of the step that settled the outcome, one of the keys the jurisdiction's procedure lists.
   *
   * @return the deciding step
   * @since 0.2
   */
  @Value.Parameter
  public abstract StepKey decidingStep();

  /**
   * Returns the legal basis, as the articles the reasoning relied on.
   *
   * @return the references, in the order the reasoning used them, without repeats
   * @since 0.2 (article strings before)
   */
  @Value.Parameter
  public abstract ImmutableList<LegalReference> legalBasis();

  /**
   * Returns the reasons, step by step.
   *
   * @return the reasons as messages, in order
   */
  @Value.Parameter
  public abstract ImmutableList<Message> reasons();

  /**
   * Returns whom to inform first, for {@link SharingOutcome#ALLOW_AFTER_INFORMING}, or whose consent is
   * needed, for {@link SharingOutcome#REQUIRE_CONSENT}.
   *
   * @return the ids of the person, representatives or holders of parental authority; possibly empty
   */
  @Value.Parameter
  public abstract ImmutableSet<MemberId> addressees();

  /**
   * Returns the basis a report stands on, for a decision under a report regime.
   *
   * @return the basis; empty for any other regime, and for a decision made without its grounds
   * @since 0.2
   */
  public abstract Optional<ReportBasis> reportBasis();

  /**
   * Returns the reason the deciding step gave when it settled the outcome, one of {@link #reasons()}.
   *
   * @return the reason; empty for a decision made without its grounds
   * @since 0.2
   */
  public abstract Optional<Message> decidingReason();

  /**
   * Returns the facts to record before the flow can be decided, for an {@link SharingOutcome#INCOMPLETE}
   * decision: each names its kind, about whom, and what the decision would answer for each way of recording it.
   *
   * @return the missing facts, in the order the procedure met them; empty for any other outcome
   * @since 0.2
   */
  public abstract ImmutableList<MissingFact> missingFacts();

  @Value.Check
  void check() {
    if ((outcome() == SharingOutcome.INCOMPLETE) == missingFacts().isEmpty()) {
      throw new InvalidModelException(ModelProblem.of("SharingDecision", "missingFacts", outcome()
          == SharingOutcome.INCOMPLETE ? "an INCOMPLETE decision names no missing fact; name the facts to record"
          : "a decision " + outcome() + " names missing facts; only an INCOMPLETE decision names them"));
    }
    if (decidingReason().isPresent() && !reasons().contains(decidingReason().get())) {
      throw new InvalidModelException(ModelProblem.of("SharingDecision", "decidingReason", "message "
          + QuotedInput.quote(decidingReason().get().key()) + " is not among the decision's reasons; give one of "
          + "the reasons, or none"));
    }
  }

  /**
   * Tells whether the flow may go ahead as recorded, with nothing more to do.
   *
   * @return true for {@link SharingOutcome#ALLOW}
   */
  public final boolean isAllowed() {
    return outcome() == SharingOutcome.ALLOW;
  }

  /**
   * Tells whether the decision was reached: any outcome but {@link SharingOutcome#INCOMPLETE}.
   *
   * @return false when a fact the decision turns on is not recorded
   * @since 0.2
   */
  public final boolean isComplete() {
    return outcome() != SharingOutcome.INCOMPLETE;
  }

  /**
   * Obtains a decision from its parts, without report basis, deciding reason nor missing facts (so not
   * {@link SharingOutcome#INCOMPLETE}: build that one with {@link #builder()}).
   *
   * @param outcome the outcome
   * @param jurisdiction the jurisdiction
   * @param regime the regime
   * @param requirement what the regime requires
   * @param decidingStep the step that settled the outcome
   * @param legalBasis the article references, in the order used
   * @param reasons the reasons, in order
   * @param addressees whom to inform or whose consent is needed
   * @return the decision
   * @since 0.2 (without requirement and deciding step before)
   */
  public static SharingDecision of(SharingOutcome outcome, Jurisdiction jurisdiction, Regime regime,
      Requirement requirement, StepKey decidingStep, Iterable<? extends LegalReference> legalBasis,
      Iterable<? extends Message> reasons, Iterable<? extends MemberId> addressees) {
    return ImmutableSharingDecision.of(outcome, jurisdiction, regime, requirement, decidingStep, legalBasis,
        reasons, addressees);
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SharingDecision}, report basis and deciding reason included; not thread-safe. */
  public static final class Builder extends ImmutableSharingDecision.Builder {
    Builder() {}
  }
}
