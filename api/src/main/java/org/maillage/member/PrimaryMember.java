package org.maillage.member;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.Period;

/**
 * A member of the person's primary network (<i>membre du réseau primaire</i>): family, friends, neighbours,
 * colleagues or schoolmates, tied to the person by affective bonds.
 *
 * <pre>{@code
 * PrimaryMember aunt = PrimaryMember.builder()
 *     .id(MemberId.of("m-aunt"))
 *     .relation(Relation.AUNT)
 *     .horizon(Horizon.CLOSE)
 *     .involvedFrom(LocalDate.of(2026, 1, 5))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the name and note are left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class PrimaryMember implements Member {
  PrimaryMember() {}

  @Override
  @Value.Redacted
  @Disclosure(Disclosure.Kind.PERSONAL)
  public abstract java.util.Optional<String> name();

  @Override
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract java.util.Optional<String> note();

  /**
   * Returns how the member is related to the person.
   *
   * @return the relation
   */
  public abstract Relation relation();

  /** Returns the recorded sector; by default the sector of the relation's group. */
  @Override
  @Value.Default
  public Sector sector() {
    return relation().group().defaultSector();
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
    Involvements.check("PrimaryMember", id(), involvements());
  }

  /** Builds a {@link PrimaryMember}; not thread-safe. */
  public static final class Builder extends ImmutablePrimaryMember.Builder {
    Builder() {}

    /**
     * Adds an open involvement starting on a date.
     *
     * @param joined the day the member joined
     * @return this builder
     */
    public Builder involvedFrom(LocalDate joined) {
      addInvolvement(Period.from(joined));
      return this;
    }
  }
}
