package org.maillage.project;

import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.MemberId;

/**
 * A means or measure of the project, assigned to one member (<i>moyen</i>).
 *
 * <p>This class is immutable and thread-safe; the description is left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Means {
  Means() {}

  /**
   * Returns the member who holds the means: a professional, a primary member or a participant.
   *
   * @return the holder's id
   */
  public abstract MemberId holder();

  /**
   * Returns what is to be done.
   *
   * @return the description, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract Optional<String> description();

  /**
   * Obtains a means without description.
   *
   * @param holder who holds it
   * @return the means
   */
  public static Means of(MemberId holder) {
    return builder().holder(holder).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Means}; not thread-safe. */
  public static final class Builder extends ImmutableMeans.Builder {
    Builder() {}
  }
}
