package org.maillage.sharing.be;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.MemberId;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.JurisdictionFact;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.Requirement;

/**
 * A case consultation under art. 458ter of the Code pénal (<i>concertation de cas; casusoverleg</i>), a record of
 * its own: its founding instrument (a law, decree or ordinance, or a reasoned authorisation of the public
 * prosecutor with reference and date), its purpose, its named participants and its modalities. A Belgian fact of
 * the network ({@link JurisdictionFact}); a flow says whether it happens inside the consultation or passes on what
 * was heard in it ({@link BelgianFlowRecord}).
 *
 * <p>This class is immutable and thread-safe. Its code names the consultation, never a person.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class CaseConsultation implements JurisdictionFact {
  CaseConsultation() {}

  /**
   * Returns the consultation's code, which flows name (for example {@code "CSIL-2026-03"}).
   *
   * @return the code
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract String code();

  /**
   * Returns the law, decree or ordinance that organises the consultation, such as the law of 30 July 2018 for a
   * local integral-security cell.
   *
   * @return the text, or empty when the consultation rests on a prosecutor's authorisation or on nothing recorded
   */
  public abstract Optional<LegalReference> foundingText();

  /**
   * Returns the reference of the public prosecutor's reasoned authorisation: the reference of a decision about
   * people, never printed.
   *
   * @return the reference, or empty
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.PERSONAL)
  public abstract Optional<String> authorisationReference();

  /**
   * Returns the date of the public prosecutor's reasoned authorisation.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> authorisationDate();

  /**
   * Returns the consultation's purpose.
   *
   * @return the purpose
   */
  public abstract ConsultationPurpose purpose();

  /**
   * Returns the participants its instrument names.
   *
   * @return the participants, possibly none
   */
  public abstract ImmutableSet<MemberId> participants();

  /**
   * Tells whether the instrument sets the consultation's modalities.
   *
   * @return true or false as recorded, or empty when not recorded
   */
  public abstract Optional<Boolean> modalitiesSet();

  /**
   * Returns what the instrument itself asks before a participant speaks: nothing (the default), informing the
   * person, or the person's consent.
   *
   * @return the requirement
   */
  @Value.Default
  public Requirement instrumentRequires() {
    return Requirement.NONE;
  }

  /**
   * Tells whether a founding instrument is recorded: a text, or a prosecutor's authorisation with both its
   * reference and its date.
   *
   * @return true if so
   */
  public final boolean hasInstrument() {
    return foundingText().isPresent() || authorisationReference().isPresent() && authorisationDate().isPresent();
  }

  /**
   * Returns {@link Jurisdiction#BELGIUM}.
   *
   * @return Belgium
   */
  @Override
  public final Jurisdiction jurisdiction() {
    return Jurisdiction.BELGIUM;
  }

  /**
   * Returns the participants, under the names {@code participants[0]}, {@code participants[1]}, ...
   *
   * @return the members named
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  @Override
  public final ImmutableMap<String, MemberId> namedMembers() {
    ImmutableMap.Builder<String, MemberId> named = ImmutableMap.builder();
    int i = 0;
    for (MemberId participant : participants()) {
      named.put("participants[" + i++ + "]", participant);
    }
    return named.build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseConsultation}; not thread-safe. */
  public static final class Builder extends ImmutableCaseConsultation.Builder {
    Builder() {}
  }
}
