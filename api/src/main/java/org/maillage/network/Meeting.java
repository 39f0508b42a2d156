package org.maillage.network;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.MeetingId;
import org.maillage.MemberId;

/**
 * A meeting of the network (<i>réunion</i>): date, participants, facilitator, and whether the person was
 * present.
 *
 * <p>This class is immutable and thread-safe; the note is left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Meeting {
  Meeting() {}

  /**
   * Returns the meeting's id.
   *
   * @return the id
   */
  public abstract MeetingId id();

  /**
   * Returns the day of the meeting.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns who took part.
   *
   * @return the participants' ids
   */
  public abstract ImmutableSet<MemberId> participants();

  /**
   * Returns who facilitated (<i>animateur</i>).
   *
   * @return the facilitator's id, or empty
   */
  public abstract Optional<MemberId> facilitator();

  /**
   * Tells whether the person was present.
   *
   * @return false by default
   */
  @Value.Default
  public boolean personPresent() {
    return false;
  }

  /**
   * Returns a free-text note (minutes).
   *
   * @return the note, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract Optional<String> note();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meeting}; not thread-safe. */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }
}
