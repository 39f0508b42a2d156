package org.maillage.member;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.Period;

/**
 * A participant (<i>participant</i>): an individual in a network who is neither a relative of a focal person
 * nor a professional, such as an inhabitant, a member of a knowledge-exchange network or a volunteer.
 * Mutual-aid and collective networks are mostly made of participants.
 *
 * <p>This class is immutable and thread-safe; the name and note are left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class Participant implements Member {
  Participant() {}

  @Override
  @Value.Redacted
  @Disclosure(Disclosure.Kind.PERSONAL)
  public abstract Optional<String> name();

  @Override
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract Optional<String> note();

  /**
   * Returns the participant's role.
   *
   * @return the role
   */
  public abstract ParticipantRole role();

  /** Returns the recorded sector; {@link Sector#COMMUNITY} by default. */
  @Override
  @Value.Default
  public Sector sector() {
    return Sector.COMMUNITY;
  }

  @Override
  @Value.Default
  public boolean alive() {
    return true;
  }

  @Override
  @Value.Default
  public boolean reachable() {
    return true;
  }

  @Override
  @Value.Default
  public boolean dormant() {
    return false;
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
    Involvements.check("Participant", id(), involvements());
  }

  /** Builds a {@link Participant}; not thread-safe. */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}

    /**
     * Adds an open involvement starting on a date.
     *
     * @param joined the day the participant joined
     * @return this builder
     */
    public Builder involvedFrom(LocalDate joined) {
      addInvolvement(Period.from(joined));
      return this;
    }
  }
}
