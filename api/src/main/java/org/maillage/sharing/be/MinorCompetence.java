package org.maillage.sharing.be;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.MemberId;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.JurisdictionFact;

/**
 * A minor's competence to agree, as assessed (<i>bekwaamheid van de minderjarige</i>, Flemish decree of 7 May
 * 2004 on the minor's legal position): a minor of 12 or more is presumed competent, a younger one is judged by
 * maturity. A Belgian fact of the network ({@link JurisdictionFact}); the assessment recorded on or before a flow's
 * date prevails over the presumption.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class MinorCompetence implements JurisdictionFact {
  MinorCompetence() {}

  /**
   * Returns the minor assessed.
   *
   * @return the minor's id
   */
  public abstract MemberId minor();

  /**
   * Tells whether the minor was found competent.
   *
   * @return the assessment
   */
  public abstract boolean competent();

  /**
   * Returns the day of the assessment.
   *
   * @return the date
   */
  public abstract LocalDate assessed();

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
   * Returns the minor under the name {@code minor}.
   *
   * @return the member named
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  @Override
  public final ImmutableMap<String, MemberId> namedMembers() {
    return ImmutableMap.of("minor", minor());
  }

  /**
   * Obtains an assessment.
   *
   * @param minor the minor
   * @param competent whether found competent
   * @param assessed the day assessed
   * @return the fact
   */
  public static MinorCompetence of(MemberId minor, boolean competent, LocalDate assessed) {
    return ImmutableMinorCompetence.builder().minor(minor).competent(competent).assessed(assessed).build();
  }
}
