package org.maillage.project;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.ObjectiveId;
import org.maillage.person.LifeSphere;

/**
 * An objective of the personalised project (<i>objectif</i>): what is to be worked on, in which life sphere,
 * how the person took part, and the means assigned.
 *
 * <p>This class is immutable and thread-safe; the statement is left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Objective {
  Objective() {}

  /**
   * Returns the objective's id.
   *
   * @return the id
   */
  public abstract ObjectiveId id();

  /**
   * Returns the life sphere worked on.
   *
   * @return the sphere
   */
  public abstract LifeSphere sphere();

  /**
   * Returns what is to be worked on, in the project's words.
   *
   * @return the statement, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract Optional<String> statement();

  /**
   * Returns how the person took part.
   *
   * @return the kinds of participation; empty when none is recorded
   */
  public abstract ImmutableSet<Participation> participation();

  /**
   * Returns the means assigned to members.
   *
   * @return the means, possibly empty
   */
  public abstract ImmutableList<Means> means();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Objective}; not thread-safe. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
