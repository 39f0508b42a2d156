package org.maillage.sharing;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.MemberId;
import org.maillage.member.RegulatoryCategory;

/**
 * A recorded consent to sharing outside the care team (<i>consentement</i>), CSP L1110-4 III and D1110-3-1.
 *
 * <p>The person consents after being told of the categories of information, the categories of professionals
 * entitled to know them, the media and the security measures; consent covers categories of professionals, not
 * a named recipient, and stands until withdrawn.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Consent {
  Consent() {}

  /**
   * Returns who consented: the person or a representative.
   *
   * @return the id
   */
  public abstract MemberId by();

  /**
   * Returns the categories of information covered.
   *
   * @return the categories, at least one
   */
  public abstract ImmutableSet<InformationCategory> informationCategories();

  /**
   * Returns the categories of professionals entitled to know them.
   *
   * @return the categories, at least one
   */
  public abstract ImmutableSet<RegulatoryCategory> professionalCategories();

  /**
   * Returns the media of the sharing (a shared record, a platform...).
   *
   * @return the media, possibly empty
   */
  public abstract ImmutableSet<String> media();

  /**
   * Returns the security measures the person was told of.
   *
   * @return the measures, possibly empty
   */
  public abstract ImmutableSet<String> securityMeasures();

  /**
   * Returns the day consent was given.
   *
   * @return the date
   */
  public abstract LocalDate given();

  /**
   * Returns the day consent was withdrawn, if it was.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> withdrawn();

  /**
   * Tells whether the consent is in force on a date.
   *
   * @param date the date judged
   * @return true if given on or before the date and not withdrawn on or before it
   */
  public final boolean isInForceOn(LocalDate date) {
    LocalDate withdrawn = withdrawn().orElse(null);
    return !given().isAfter(date) && (withdrawn == null || withdrawn.isAfter(date));
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
    if (informationCategories().isEmpty() || professionalCategories().isEmpty()) {
      throw new IllegalArgumentException("Consent.informationCategories/professionalCategories: the consent of '"
          + by() + "' on " + given() + " covers nothing; add the categories of information and of professionals");
    }
    withdrawn().ifPresent(w -> {
      if (w.isBefore(given())) {
        throw new IllegalArgumentException("Consent.withdrawn: " + w + " is before given " + given()
            + " for '" + by() + "'; a withdrawal must come on or after the consent");
      }
    });
  }

  /** Builds a {@link Consent}; not thread-safe. */
  public static final class Builder extends ImmutableConsent.Builder {
    Builder() {}
  }
}
