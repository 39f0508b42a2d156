package org.maillage.member;

import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;

/**
 * The mandate under which a professional acts in a network (<i>mandat</i>): its kind and its reference.
 *
 * <p>Two mandates are the same mandate when their references are equal (DOMAIN.md §2), whatever their kinds.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Mandate {
  Mandate() {}

  /**
   * Returns the kind of mandate.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract MandateKind kind();

  /**
   * Returns the reference of the mandate: the order's docket, the contract's number, the decision's
   * reference or the mission's legal text.
   *
   * @return the reference, not blank
   */
  @Value.Parameter
  @Value.Redacted
  @Disclosure(Disclosure.Kind.PERSONAL)
  public abstract String reference();

  /**
   * Tells whether this is the same mandate as another: equal references.
   *
   * @param other the other mandate
   * @return true if the references are equal
   */
  public final boolean isSameAs(Mandate other) {
    return reference().equals(other.reference());
  }

  /**
   * Obtains a mandate.
   *
   * @param kind the kind
   * @param reference the reference
   * @return the mandate
   * @throws InvalidModelException if the reference is blank
   */
  public static Mandate of(MandateKind kind, String reference) {
    return ImmutableMandate.of(kind, reference);
  }

  @Value.Check
  void check() {
    if (reference().isBlank()) {
      throw new InvalidModelException(ModelProblem.of("Mandate", "reference",
          "is blank; give the order, contract, decision or mission it rests on"));
    }
  }
}
