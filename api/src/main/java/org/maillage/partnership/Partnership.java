package org.maillage.partnership;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.Period;

/**
 * A partnership recorded on a network (<i>partenariat</i>): its parties, common project, formalisation,
 * origin and period.
 *
 * <p>Parties are organisations of the network and individual members; the validation rules check that only
 * organisations and professionals are parties, and that a charter or a convention exists.
 *
 * <p>This class is immutable and thread-safe; the common project is free text, left out of
 * {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Partnership {
  Partnership() {}

  /**
   * Returns the organisations that are parties.
   *
   * @return their ids
   */
  public abstract ImmutableSet<OrganisationId> organisations();

  /**
   * Returns the individual members that are parties.
   *
   * @return their ids
   */
  public abstract ImmutableSet<MemberId> members();

  /**
   * Returns the common project (<i>projet commun</i>).
   *
   * @return the statement, or empty
   */
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  @Value.Redacted
  public abstract Optional<String> commonProject();

  /**
   * Returns the charter, if one was adopted.
   *
   * @return the charter, or empty
   */
  public abstract Optional<Charter> charter();

  /**
   * Returns the convention, if one was signed.
   *
   * @return the convention, or empty
   */
  public abstract Optional<Convention> convention();

  /**
   * Returns the origin, if stated.
   *
   * @return the origin, or empty
   */
  public abstract Optional<Origin> origin();

  /**
   * Returns the period of the partnership.
   *
   * @return the period, or empty
   */
  public abstract Optional<Period> period();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Partnership}; not thread-safe. */
  public static final class Builder extends ImmutablePartnership.Builder {
    Builder() {}
  }
}
