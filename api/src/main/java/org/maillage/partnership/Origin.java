package org.maillage.partnership;

import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;

/**
 * The origin of a partnership (<i>origine</i>): spontaneous, or imposed with the legal basis or public-policy
 * commission that imposed it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Origin {
  Origin() {}

  /**
   * Returns the kind of origin.
   *
   * @return the kind
   */
  public abstract OriginKind kind();

  /**
   * Returns the legal basis that imposed it, such as an article of law.
   *
   * @return the basis, or empty
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract Optional<String> legalBasis();

  /**
   * Returns the public-policy commission that imposed it.
   *
   * @return the commission, or empty
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract Optional<String> commission();

  /**
   * Obtains a spontaneous origin.
   *
   * @return the origin
   */
  public static Origin spontaneous() {
    return ImmutableOrigin.builder().kind(OriginKind.SPONTANEOUS).build();
  }

  /**
   * Obtains an origin imposed by a legal basis.
   *
   * @param legalBasis the text that imposed it, for example "CASF L226-3"
   * @return the origin
   */
  public static Origin imposedBy(String legalBasis) {
    return ImmutableOrigin.builder().kind(OriginKind.IMPOSED).legalBasis(legalBasis).build();
  }

  /**
   * Obtains an origin imposed by a public-policy commission.
   *
   * @param commission who commissioned it
   * @return the origin
   */
  public static Origin commissionedBy(String commission) {
    return ImmutableOrigin.builder().kind(OriginKind.IMPOSED).commission(commission).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Origin}; not thread-safe. */
  public static final class Builder extends ImmutableOrigin.Builder {
    Builder() {}
  }
}
