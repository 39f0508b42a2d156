package org.maillage.sharing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.MemberId;
import org.maillage.Message;

/**
 * A sharing decision with its grounds (<i>décision de partage motivée</i>): the outcome, the regime, the
 * legal basis as article references, and the reasons step by step, as messages to render in French or
 * English.
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
   * Returns the legal basis, as article references such as {@code "CSP L1110-4"}.
   *
   * @return the references, in the order the reasoning used them
   */
  @Value.Parameter
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract ImmutableList<String> legalBasis();

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
   * Tells whether the flow may go ahead as recorded, with nothing more to do.
   *
   * @return true for {@link SharingOutcome#ALLOW}
   */
  public final boolean isAllowed() {
    return outcome() == SharingOutcome.ALLOW;
  }

  /**
   * Obtains a decision from all its parts.
   *
   * @param outcome the outcome
   * @param jurisdiction the jurisdiction
   * @param regime the regime
   * @param legalBasis the article references, in the order used
   * @param reasons the reasons, in order
   * @param addressees whom to inform or whose consent is needed
   * @return the decision
   */
  public static SharingDecision of(SharingOutcome outcome, Jurisdiction jurisdiction, Regime regime,
      Iterable<String> legalBasis, Iterable<? extends Message> reasons, Iterable<? extends MemberId> addressees) {
    return ImmutableSharingDecision.of(outcome, jurisdiction, regime, legalBasis, reasons, addressees);
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SharingDecision}; not thread-safe. */
  public static final class Builder extends ImmutableSharingDecision.Builder {
    Builder() {}
  }
}
