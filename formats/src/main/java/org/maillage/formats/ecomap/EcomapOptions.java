package org.maillage.formats.ecomap;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.Language;
import org.maillage.MemberId;
import org.maillage.analysis.Classification;
import org.maillage.validation.Finding;
import org.maillage.validation.SubjectKind;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;

/**
 * How to draw an ecomap (<i>options de l'écocarte</i>): the date it shows the network as of, the language of its
 * legend, what it writes beside each member, and the optional overlays (the current référent, the members a
 * validation found something about, the form the classification found).
 *
 * <pre>{@code
 * EcomapOptions options = EcomapOptions.builder(LocalDate.of(2026, 6, 1))
 *     .language(Language.FRENCH)
 *     .flag(report)            // a ValidationReport: members with a finding are marked
 *     .classification(classification)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
public final class EcomapOptions {
  private final LocalDate date;
  private final Language language;
  private final LabelMode labels;
  private final boolean referent;
  private final ImmutableSet<MemberId> flagged;
  private final @Nullable Classification classification;

  private EcomapOptions(Builder b) {
    this.date = b.date;
    this.language = b.language;
    this.labels = b.labels;
    this.referent = b.referent;
    this.flagged = b.flagged.build();
    this.classification = b.classification;
  }

  /**
   * Obtains the default options for a date: English, roles only, the référent shown, no other overlay.
   *
   * @param date the date the network is drawn as of
   * @return the options
   */
  public static EcomapOptions of(LocalDate date) {
    return builder(date).build();
  }

  /**
   * Returns a builder of options for a date.
   *
   * @param date the date the network is drawn as of: its current members, its référent in force
   * @return a builder with the defaults
   */
  public static Builder builder(LocalDate date) {
    return new Builder(date);
  }

  /** @return the date the network is drawn as of */
  public LocalDate date() {
    return date;
  }

  /** @return the language of the legend and the labels; English by default */
  public Language language() {
    return language;
  }

  /** @return what is written beside each member; {@link LabelMode#ROLES} by default */
  public LabelMode labels() {
    return labels;
  }

  /** @return whether the référent in force on the date is marked; true by default */
  public boolean showsReferent() {
    return referent;
  }

  /** @return the members marked as concerned by a finding; empty by default */
  public ImmutableSet<MemberId> flagged() {
    return flagged;
  }

  /** @return the classification whose leading form is written under the title, when given */
  public Optional<Classification> classification() {
    return Optional.ofNullable(classification);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EcomapOptions other && date.equals(other.date) && language == other.language
        && labels == other.labels && referent == other.referent && flagged.equals(other.flagged)
        && Objects.equals(classification, other.classification);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, language, labels, referent, flagged, classification);
  }

  @Override
  public String toString() {
    return "EcomapOptions{date=" + date + ", language=" + language + ", labels=" + labels + ", referent=" + referent
        + ", flagged=" + flagged + ", classification=" + (classification != null) + "}";
  }

  /** Builds {@link EcomapOptions}; not thread-safe. */
  public static final class Builder {
    private final LocalDate date;
    private Language language = Language.ENGLISH;
    private LabelMode labels = LabelMode.ROLES;
    private boolean referent = true;
    private final ImmutableSet.Builder<MemberId> flagged = ImmutableSet.builder();
    private @Nullable Classification classification;

    private Builder(LocalDate date) {
      this.date = Objects.requireNonNull(date, "EcomapOptions.date: is null; give the date to draw the network as of");
    }

    /**
     * Sets the language of the legend and of the role labels.
     *
     * @param language the language
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "EcomapOptions.language: is null");
      return this;
    }

    /**
     * Sets what is written beside each member.
     *
     * @param labels roles only, or names where recorded
     * @return this builder
     */
    public Builder labels(LabelMode labels) {
      this.labels = Objects.requireNonNull(labels, "EcomapOptions.labels: is null");
      return this;
    }

    /**
     * Sets whether the référent in force on the date is marked.
     *
     * @param shown true to mark them
     * @return this builder
     */
    public Builder showReferent(boolean shown) {
      this.referent = shown;
      return this;
    }

    /**
     * Marks members as concerned by a finding.
     *
     * @param members the members' ids
     * @return this builder
     */
    public Builder flag(Iterable<MemberId> members) {
      flagged.addAll(members);
      return this;
    }

    /**
     * Marks every member, and the person, that a finding of a validation is about (its subject path names
     * them).
     *
     * @param report the validation's report
     * @return this builder
     */
    public Builder flag(ValidationReport report) {
      for (Finding finding : report.findings()) {
        SubjectPath subject = finding.subject();
        for (SubjectPath.Step step : subject) {
          if (step.kind() == SubjectKind.MEMBER || step.kind() == SubjectKind.PERSON) {
            flagged.add(MemberId.of(step.key()));
          }
        }
      }
      return this;
    }

    /**
     * Writes the classification's leading form under the title.
     *
     * @param found the classification of the same network
     * @return this builder
     */
    public Builder classification(Classification found) {
      this.classification = Objects.requireNonNull(found, "EcomapOptions.classification: is null");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public EcomapOptions build() {
      return new EcomapOptions(this);
    }
  }
}
