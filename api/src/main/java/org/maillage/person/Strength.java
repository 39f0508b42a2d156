package org.maillage.person;

import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;

/**
 * A resource, competence or piece of knowledge of the person (<i>ressource, compétence, savoir</i>).
 *
 * <p>Recording strengths, not only deficits, is what the literature asks of network work (001).
 *
 * <p>This class is immutable and thread-safe. The note is personal and left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Strength {
  Strength() {}

  /**
   * Returns the kind of strength.
   *
   * @return the kind
   */
  public abstract StrengthKind kind();

  /**
   * Returns the life sphere the strength serves, when one is recorded.
   *
   * @return the sphere, or empty
   */
  public abstract Optional<LifeSphere> sphere();

  /**
   * Returns a free-text description.
   *
   * @return the note, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract Optional<String> note();

  /**
   * Obtains a strength in a sphere.
   *
   * @param kind the kind
   * @param sphere the life sphere
   * @return the strength
   */
  public static Strength of(StrengthKind kind, LifeSphere sphere) {
    return builder().kind(kind).sphere(sphere).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Strength}; not thread-safe. */
  public static final class Builder extends ImmutableStrength.Builder {
    Builder() {}
  }
}
