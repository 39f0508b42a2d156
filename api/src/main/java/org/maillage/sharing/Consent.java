package org.maillage.sharing;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;

/**
 * A recorded consent to a sharing (<i>consentement</i>), such as the consent that French law asks for a sharing
 * outside the care team (CSP L1110-4 III and D1110-3-1).
 *
 * <p>The person consents after being told of the categories of information, the categories of professionals
 * entitled to know them ({@link ProfessionalCategory}, named by the jurisdiction's law), the media and the
 * security measures; consent covers categories of professionals, not a named recipient, and stands until
 * withdrawn.
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
   * Returns the categories of professionals entitled to know them, for example French
   * {@link org.maillage.sharing.fr.RegulatoryCategory regulatory categories}.
   *
   * @return the categories, at least one
   */
  public abstract ImmutableSet<ProfessionalCategory> professionalCategories();

  /**
   * Returns the media of the sharing (a shared record, a platform...).
   *
   * @return the media, possibly empty
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract ImmutableSet<String> media();

  /**
   * Returns the security measures the person was told of.
   *
   * @return the measures, possibly empty
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
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
    List<ModelProblem> problems = new ArrayList<>(0);
    String whose = "the consent of " + QuotedInput.quote(by()) + " on " + QuotedInput.quote(given());
    if (informationCategories().isEmpty()) {
      problems.add(ModelProblem.of("Consent", "informationCategories", whose
          + " covers no category of information; add the categories the person was told of"));
    }
    if (professionalCategories().isEmpty()) {
      problems.add(ModelProblem.of("Consent", "professionalCategories", whose
          + " covers no category of professionals; add the categories entitled to know the information"));
    }
    Optional<LocalDate> withdrawn = withdrawn();
    if (withdrawn.isPresent() && withdrawn.get().isBefore(given())) {
      problems.add(ModelProblem.of("Consent", "withdrawn", QuotedInput.quote(withdrawn.get()) + " is before given "
          + QuotedInput.quote(given()) + " for " + QuotedInput.quote(by())
          + "; a withdrawal must come on or after the consent"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidModelException(problems);
    }
  }

  /** Builds a {@link Consent}; not thread-safe. */
  public static final class Builder extends ImmutableConsent.Builder {
    Builder() {}
  }
}
