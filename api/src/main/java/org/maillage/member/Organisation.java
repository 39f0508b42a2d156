package org.maillage.member;

import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;
import org.maillage.OrganisationId;
import org.maillage.QuotedInput;

/**
 * An establishment or service in which professionals work (<i>organisation, structure</i>): a school, an ASE
 * service, a CMP, a private practice, an association.
 *
 * <p>It may name its parent body, the institution it belongs to (the département, the hospital). The
 * <em>institution</em> of DOMAIN.md §2 is {@link #institution()}: the parent body when recorded, else the
 * organisation itself; two services of one département are one institution.
 *
 * <p>This class is immutable and thread-safe; the name is left out of {@code toString()} since a private
 * practice is often named after a person.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Organisation {
  Organisation() {}

  /**
   * Returns the organisation's id, stable across networks.
   *
   * @return the id
   */
  public abstract OrganisationId id();

  /**
   * Returns the organisation's name.
   *
   * @return the name, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.PERSONAL)
  public abstract Optional<String> name();

  /**
   * Returns the kind of organisation.
   *
   * @return the kind
   */
  public abstract OrganisationKind kind();

  /**
   * Returns the sector the organisation works in.
   *
   * @return the sector
   */
  public abstract Sector sector();

  /**
   * Returns the territory the organisation serves, such as a town, a district or a département.
   *
   * @return the territory, or empty
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract Optional<String> territory();

  /**
   * Returns the parent body (<i>institution de rattachement</i>), when recorded.
   *
   * @return the parent's id, or empty
   */
  public abstract Optional<OrganisationId> parent();

  /**
   * Returns the institution of DOMAIN.md §2: the parent body when recorded, else this organisation.
   *
   * @return the institution's id
   */
  public final OrganisationId institution() {
    return parent().orElse(id());
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (parent().isPresent() && parent().get().equals(id())) {
      throw new InvalidModelException(ModelProblem.of("Organisation", id(), "parent", "organisation "
          + QuotedInput.quote(id()) + " names itself as parent body; leave the parent empty or name the institution above it"));
    }
  }

  /** Builds an {@link Organisation}; not thread-safe. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }
}
