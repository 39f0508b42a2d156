package org.maillage.project;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;

/**
 * The personalised project of the person (<i>projet personnalisé</i>): objectives, means, an evaluation
 * strategy and review dates, all elaborated with the person.
 *
 * <p>This class is immutable and thread-safe; the evaluation strategy is left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class PersonalisedProject {
  PersonalisedProject() {}

  /**
   * Returns the objectives.
   *
   * @return the objectives, possibly empty
   */
  public abstract ImmutableList<Objective> objectives();

  /**
   * Returns the evaluation strategy (<i>stratégie d'évaluation</i>).
   *
   * @return the strategy, redacted from {@code toString()}, or empty when not stated
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract Optional<String> evaluationStrategy();

  /**
   * Returns the planned review dates, in the order given.
   *
   * @return the dates, possibly empty
   */
  public abstract ImmutableList<LocalDate> reviewDates();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonalisedProject}; not thread-safe. */
  public static final class Builder extends ImmutablePersonalisedProject.Builder {
    Builder() {}
  }
}
