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
  /** The decision without grounds of a verdict "allowed, nobody to inform", or null for any other. */
  private final @Nullable SharingDecision quiet;

  private Verdict(SharingOutcome outcome, Step step, List<MemberId> addressees) {
    this.outcome = outcome;
    this.step = step;
    this.addressees = addressees;
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
