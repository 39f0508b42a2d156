package org.maillage.person;

import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;

/**
 * A need of the person, in one life sphere (<i>besoin</i>).
 *
 * <p>This class is immutable and thread-safe. The note is personal and left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Need {
  Need() {}

  /**
   * Returns the life sphere of the need.
   *
   * @return the sphere
   */
  public abstract LifeSphere sphere();

  /**
   * Returns a free-text description, as the worker wrote it.
   *
   * @return the note, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract Optional<String> note();

  /**
   * Obtains a need without a note.
   *
   * @param sphere the life sphere
   * @return the need
   */
  public static Need of(LifeSphere sphere) {
    return builder().sphere(sphere).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Need}; not thread-safe. */
  public static final class Builder extends ImmutableNeed.Builder {
    Builder() {}
  }
}
