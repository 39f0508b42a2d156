package org.maillage.sharing;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.FlowId;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;

/**
 * A recorded information of the person or of a representative about flows (<i>information de la
 * personne</i>): who was told, when, of what, by whom, and for which flow.
 *
 * <p>Without a flow, it covers every later flow about the person; with one, only that flow.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Informing {
  Informing() {}

  /**
   * Returns who was informed: the person or one of their representatives.
   *
   * @return the id
   */
  public abstract MemberId informed();

  /**
   * Returns the day of the information.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns what was said.
   *
   * @return the subjects, at least one
   */
  public abstract ImmutableSet<InformingSubject> subjects();

  /**
   * Returns who informed.
   *
   * @return the professional's id, or empty
   */
  public abstract Optional<MemberId> by();

  /**
   * Returns the one flow this information was about.
   *
   * @return the flow's id, or empty when it covers flows in general
   */
  public abstract Optional<FlowId> flow();

  /**
   * Tells whether this information covers a flow: made on or before its date, for it or for flows in
   * general.
   *
   * @param candidate the flow
   * @return true if it covers the flow
   */
  public final boolean covers(InformationFlow candidate) {
    if (date().isAfter(candidate.date())) {
      return false;
    }
    Optional<FlowId> only = flow();
    return only.isEmpty() || only.get().equals(candidate.id());
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
    if (subjects().isEmpty()) {
      throw new InvalidModelException(ModelProblem.of("Informing", "subjects", "the information of "
          + QuotedInput.quote(informed()) + " on " + QuotedInput.quote(date())
          + " says nothing; add what was said, e.g. NATURE_OF_INFORMATION"));
    }
  }

  /** Builds an {@link Informing}; not thread-safe. */
  public static final class Builder extends ImmutableInforming.Builder {
    Builder() {}
  }
}
