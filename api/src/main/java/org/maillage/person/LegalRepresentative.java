package org.maillage.person;

import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.MemberId;

/**
 * Someone who represents the person in law (<i>représentant légal</i>): a holder of parental authority, a
 * guardian, a curator.
 *
 * <p>The id may also be that of a member of the network (a mother who holds parental authority is often a
 * primary member too); it need not be, since a holder of parental authority may stay outside the network.
 *
 * <p>This class is immutable and thread-safe. The name is personal and left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class LegalRepresentative {
  LegalRepresentative() {}

  /**
   * Returns the representative's id.
   *
   * @return the id
   */
  public abstract MemberId id();

  /**
   * Returns the ground of representation.
   *
   * @return the kind
   */
  public abstract RepresentationKind kind();

  /**
   * Returns the representative's name.
   *
   * @return the name, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.PERSONAL)
  public abstract Optional<String> name();

  /**
   * Obtains a representative without a name.
   *
   * @param id the id
   * @param kind the ground of representation
   * @return the representative
   */
  public static LegalRepresentative of(MemberId id, RepresentationKind kind) {
    return builder().id(id).kind(kind).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalRepresentative}; not thread-safe. */
  public static final class Builder extends ImmutableLegalRepresentative.Builder {
    Builder() {}
  }
}
