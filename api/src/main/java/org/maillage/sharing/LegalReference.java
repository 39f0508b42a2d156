package org.maillage.sharing;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;
import org.maillage.Period;
import org.maillage.QuotedInput;

/**
 * One article of law a sharing decision cites (<i>référence juridique</i>), with the period in which that
 * article, under that number, is the one in force: a code or text (for example {@code "CSP"}, {@code "Code
 * pénal"}) and an article number (for example {@code "L1110-4"}).
 *
 * <p>Article numbers change: French articles are amended, and the Belgian Criminal Code of 29 February 2024
 * renumbers articles 458 to 458ter once in force. A reference is therefore data with its validity, never a
 * string constant: a jurisdiction's references are listed once (for France,
 * {@link org.maillage.sharing.fr.FrenchLaw}), and a decision names those it relied on.
 *
 * <p>This class is immutable and thread-safe, with value equality.
 *
 * @since 0.2
 */
public final class LegalReference {
  private final Jurisdiction jurisdiction;
  private final String code;
  private final String article;
  private final Period validity;

  private LegalReference(Jurisdiction jurisdiction, String code, String article, Period validity) {
    this.jurisdiction = Objects.requireNonNull(jurisdiction, "LegalReference.jurisdiction: is null; give the "
        + "jurisdiction whose law the article belongs to");
    this.code = Objects.requireNonNull(code, "LegalReference.code: is null; give the code or text, such as CSP");
    this.article = Objects.requireNonNull(article, "LegalReference.article: is null; give the article number");
    this.validity = Objects.requireNonNull(validity, "LegalReference.validity: is null; give the period in "
        + "which the article is in force under this number");
    if (code.isBlank()) {
      throw new InvalidModelException(ModelProblem.of("LegalReference", "code", QuotedInput.quote(code)
          + " is blank; give the code or text, such as CSP or Code pénal"));
    }
    if (article.isBlank()) {
      throw new InvalidModelException(ModelProblem.of("LegalReference", "article", QuotedInput.quote(article)
          + " is blank; give the article number, such as L1110-4"));
    }
  }

  /**
   * Obtains a reference.
   *
   * @param jurisdiction the jurisdiction whose law the article belongs to
   * @param code the code or text, such as {@code "CSP"}
   * @param article the article number in that code, such as {@code "L1110-4"}
   * @param validity the days on which the article is in force under this number; open while it still is
   * @return the reference
   * @throws InvalidModelException if the code or the article is blank
   */
  public static LegalReference of(Jurisdiction jurisdiction, String code, String article, Period validity) {
    return new LegalReference(jurisdiction, code, article, validity);
  }

  /**
   * Returns the jurisdiction whose law the article belongs to.
   *
   * @return the jurisdiction
   */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /**
   * Returns the code or text, such as {@code "CSP"} or {@code "Code pénal"}.
   *
   * @return the code
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public String code() {
    return code;
  }

  /**
   * Returns the article number, such as {@code "L1110-4"}.
   *
   * @return the article
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public String article() {
    return article;
  }

  /**
   * Returns the days on which the article is in force under this number.
   *
   * @return the validity; open while the article still is
   */
  public Period validity() {
    return validity;
  }

  /**
   * Tells whether the article is in force under this number on a date.
   *
   * @param date the day judged, usually a flow's date
   * @return true if {@link #validity()} contains the date
   */
  public boolean isValidOn(LocalDate date) {
    return validity.contains(date);
  }

  /**
   * Returns the reference as it is cited, the code then the article: {@code "CSP L1110-4"}.
   *
   * @return the label
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public String label() {
    return code + " " + article;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LegalReference r && r.jurisdiction == jurisdiction && r.code.equals(code)
        && r.article.equals(article) && r.validity.equals(validity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jurisdiction, code, article, validity);
  }

  /** Returns the label, for example {@code CSP L1110-4}. */
  @Override
  public String toString() {
    return label();
  }
}
