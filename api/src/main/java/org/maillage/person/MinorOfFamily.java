package org.maillage.person;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.MemberId;

/**
 * A minor of the person's family whom the support concerns (<i>mineur de la famille</i>): an adult person's
 * child, or another minor of the family, with the holders of parental authority over them, so that the person is
 * "a member of a minor's family" (CASF L226-2-2). Recorded on the {@link Person} with
 * {@link Person.Builder#addMinorsConcerned(MinorOfFamily) addMinorsConcerned}.
 *
 * <p>The id may be that of a member of the network or not; the holders' ids may include the person's own (a
 * mother holding parental authority over her child).
 *
 * <pre>{@code
 * Person mother = Person.builder().id(MemberId.of("p-sarah"))
 *     .addMinorsConcerned(MinorOfFamily.builder().id(MemberId.of("c-noah"))
 *         .birthDate(LocalDate.of(2019, 4, 2))
 *         .addHoldersOfParentalAuthority(MemberId.of("p-sarah"), MemberId.of("m-father")).build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; it holds ids and dates, no text, and leaves the date of birth out
 * of {@code toString()}.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class MinorOfFamily {
  MinorOfFamily() {}

  /**
   * Returns the minor's id.
   *
   * @return the id
   */
  public abstract MemberId id();

  /**
   * Returns the minor's life stage as stated; a {@link LifeStage#MINOR} by default.
   *
   * @return the stated stage
   */
  @Value.Default
  public LifeStage lifeStage() {
    return LifeStage.MINOR;
  }

  /**
   * Returns the minor's date of birth, personal data left out of {@code toString()}.
   *
   * @return the date, or empty when not recorded
   */
  @Value.Redacted
  public abstract Optional<LocalDate> birthDate();

  /**
   * Returns the holders of parental authority over the minor (<i>titulaires de l'autorité parentale</i>).
   *
   * @return their ids, possibly empty when none is recorded
   */
  public abstract ImmutableList<MemberId> holdersOfParentalAuthority();

  /**
   * Returns the minor as a person of their own on the network's record: the stated stage, the date of birth,
   * and each holder as a representative with parental authority; for the procedures that judge the minor's
   * stage and who is told in their place.
   *
   * @return the minor as a person
   */
  @Value.Lazy
  public Person asPerson() {
    Person.Builder person = Person.builder().id(id()).lifeStage(lifeStage()).birthDate(birthDate());
    for (MemberId holder : holdersOfParentalAuthority()) {
      person.addRepresentatives(LegalRepresentative.of(holder, RepresentationKind.PARENTAL_AUTHORITY));
    }
    return person.build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MinorOfFamily}; not thread-safe. */
  public static final class Builder extends ImmutableMinorOfFamily.Builder {
    Builder() {}
  }
}
