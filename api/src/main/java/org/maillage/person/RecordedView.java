package org.maillage.person;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.MemberId;

/**
 * The recorded view of the person or a representative on a network that rests on a court order (<i>avis
 * recueilli</i>).
 *
 * <p>Where a judge ordered the measure, agreement is not required; recording the view, even an opposed one, is.
 *
 * <p>This class is immutable and thread-safe. The note is personal and left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class RecordedView {
  RecordedView() {}

  /**
   * Returns whose view it is: the person or one of their legal representatives.
   *
   * @return the id
   */
  public abstract MemberId of();

  /**
   * Returns the day the view was recorded.
   *
   * @return the date
   */
  public abstract LocalDate recorded();

  /**
   * Returns the view.
   *
   * @return the stance
   */
  public abstract Stance stance();

  /**
   * Returns the view in the person's words.
   *
   * @return the note, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract Optional<String> note();

  /**
   * Obtains a view without a note.
   *
   * @param of whose view
   * @param recorded when it was recorded
   * @param stance the view
   * @return the recorded view
   */
  public static RecordedView of(MemberId of, LocalDate recorded, Stance stance) {
    return builder().of(of).recorded(recorded).stance(stance).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecordedView}; not thread-safe. */
  public static final class Builder extends ImmutableRecordedView.Builder {
    Builder() {}
  }
}
