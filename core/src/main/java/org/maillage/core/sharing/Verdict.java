package org.maillage.core.sharing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;

/**
 * What a regime decided for a flow, before its grounds are attached (<i>sens de la décision</i>): the outcome,
 * the deciding step, and whom to inform or ask.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Verdict {
  private final SharingOutcome outcome;
  private final Step step;
  private final List<MemberId> addressees;
  /** The facts not recorded that leave an {@link SharingOutcome#INCOMPLETE} verdict open; empty otherwise. */
  private final List<Unknown> missing;
  /** The decision without grounds of a verdict "allowed, nobody to inform", or null for any other. */
  private final @Nullable SharingDecision quiet;

  private Verdict(SharingOutcome outcome, Step step, List<MemberId> addressees) {
    this(outcome, step, addressees, List.of());
  }

  private Verdict(SharingOutcome outcome, Step step, List<MemberId> addressees, List<Unknown> missing) {
    this.outcome = outcome;
    this.step = step;
    this.addressees = addressees;
    this.missing = missing;
    this.quiet = outcome == SharingOutcome.ALLOW && addressees.isEmpty()
        ? SharingDecision.of(outcome, step.jurisdiction(), step.regime(), step.requirement(), step.key(),
            ImmutableList.of(), ImmutableList.of(), ImmutableSet.of())
        : null;
  }

  /**
   * Returns the constant "allowed, nobody to inform" verdict of a step; for a step's own {@link Step#allowed()}.
   *
   * @param step the step
   * @return a new verdict, to keep as the step's constant
   */
  public static Verdict allowedBy(Step step) {
    return new Verdict(SharingOutcome.ALLOW, Objects.requireNonNull(step, "step"), List.of());
  }

  /**
   * Returns a verdict; an outcome ALLOW with nobody to inform is the step's constant.
   *
   * @param outcome the outcome
   * @param step the deciding step
   * @param addressees whom to inform or ask, in order; kept as given
   * @return the verdict
   */
  public static Verdict of(SharingOutcome outcome, Step step, List<MemberId> addressees) {
    if (outcome == SharingOutcome.ALLOW && addressees.isEmpty()) {
      return step.allowed();
    }
    return new Verdict(outcome, step, addressees);
  }

  /**
   * Returns the refusal of a step.
   *
   * @param step the deciding step
   * @return the verdict
   */
  public static Verdict deny(Step step) {
    return new Verdict(SharingOutcome.DENY, step, List.of());
  }

  /**
   * Returns the verdict of a step that cannot settle the flow because facts it turns on are not recorded.
   *
   * @param step the step that could not settle
   * @param missing the facts not recorded, in the order met; copied
   * @return the verdict {@link SharingOutcome#INCOMPLETE}
   * @throws IllegalArgumentException if no fact is given
   */
  public static Verdict incomplete(Step step, List<Unknown> missing) {
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("Verdict.incomplete: no missing fact at " + step.key()
          + "; a step is incomplete only for a fact not recorded");
    }
    return new Verdict(SharingOutcome.INCOMPLETE, step, List.of(), List.copyOf(missing));
  }

  /**
   * Returns the facts not recorded that leave the verdict open.
   *
   * @return the facts, in the order met; empty unless the outcome is {@link SharingOutcome#INCOMPLETE}
   */
  public List<Unknown> missing() {
    return missing;
  }

  /**
   * Tells whether another verdict says the same to the caller: the same outcome and the same addressees (what
   * the sender is to do), whatever the regime or step that reached it.
   *
   * @param other another verdict
   * @return true if so
   */
  public boolean sameAnswerAs(Verdict other) {
    return outcome == other.outcome && addressees.equals(other.addressees);
  }

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public SharingOutcome outcome() {
    return outcome;
  }

  /**
   * Returns the deciding step.
   *
   * @return the step
   */
  public Step step() {
    return step;
  }

  /**
   * Returns whom to inform or ask.
   *
   * @return the addressees, possibly empty
   */
  public List<MemberId> addressees() {
    return addressees;
  }

  /**
   * Tells whether the flow is allowed outright: ALLOW, nobody to inform.
   *
   * @return true if so
   */
  public boolean isAllowedOutright() {
    return quiet != null;
  }

  /**
   * Returns the decision without grounds of a verdict allowed outright.
   *
   * @return the shared constant decision
   * @throws IllegalStateException if the verdict is not allowed outright
   */
  public SharingDecision quietDecision() {
    if (quiet == null) {
      throw new IllegalStateException("Verdict.quietDecision: " + outcome + " at " + step.key()
          + " is not allowed outright; decide the flow with its grounds");
    }
    return quiet;
  }

  /** Returns the outcome and the step's key, never the addressees. */
  @Override
  public String toString() {
    return "Verdict[" + outcome + " at " + step.key() + "]";
  }
}
