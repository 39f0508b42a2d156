package org.maillage.analysis;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.maillage.NetworkId;
import org.maillage.network.NetworkForm;

/**
 * Which of the five forms a network's structure shows, and whether it is a partnership or a network
 * (<i>classification du réseau</i>), each score with the features that decided it.
 *
 * <p>The scores answer what the structure shows, whatever forms the network declares: declared forms never feed
 * them. A form <i>scores high</i> from {@link #threshold()} on ({@link AnalysisSettings#formThreshold()}, 0.5 by
 * default); forms coexist (000), so several may score high ({@link #coexisting()}). When none does, the outcome
 * names the closest form and what it lacks ({@link #closestForm()}); and several professionals around one person
 * with no mobilised relative is a multi-professional follow-up (<i>suivi pluriprofessionnel</i>), not yet a
 * network intervention ({@link #multiProfessionalFollowUp()}).
 *
 * <p>Obtain it with {@code NetworkAnalysis.classify(network, settings)}. This class is immutable and
 * thread-safe; its {@code toString()} shows ids, message keys and numbers only.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class Classification {
  Classification() {}

  /**
   * Returns the id of the network classified.
   *
   * @return the network's id
   */
  public abstract NetworkId network();

  /**
   * Returns the date as of which members are current.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the score from which a form, a partnership or a network scores high.
   *
   * @return the threshold, from 0 to 1
   */
  public abstract double threshold();

  /**
   * Returns the five form scores, highest first; equal scores in the order of {@link NetworkForm}.
   *
   * @return the five scores
   */
  public abstract ImmutableList<FormScore> forms();

  /**
   * Returns the features of a partnership: professionals only, formalised by a charter or a convention, a
   * common project, a formal organisation.
   *
   * @return the features
   */
  public abstract ImmutableList<Feature> partnershipFeatures();

  /**
   * Returns the features of a network: built from a person, with primary members or participants, relatives
   * mobilised, an actor logic.
   *
   * @return the features
   */
  public abstract ImmutableList<Feature> networkFeatures();

  /**
   * Tells whether several professionals work around one person with no mobilised relative: a multi-professional
   * follow-up, not yet a network intervention.
   *
   * @return true for a person-centred network with two or more current professionals and no mobilised primary
   *     member
   */
  public abstract boolean multiProfessionalFollowUp();

  /**
   * Returns the partnership score.
   *
   * @return from 0 to 1
   */
  public final double partnershipScore() {
    return Feature.score(partnershipFeatures()).orElse(0);
  }

  /**
   * Returns the network score.
   *
   * @return from 0 to 1
   */
  public final double networkScore() {
    return Feature.score(networkFeatures()).orElse(0);
  }

  /**
   * Returns the verdict: partnership, network, both, or neither, each scoring high from the threshold on.
   *
   * @return the verdict
   */
  public final Arrangement verdict() {
    boolean partnership = partnershipScore() >= threshold();
    boolean network = networkScore() >= threshold();
    return partnership && network ? Arrangement.BOTH : partnership ? Arrangement.PARTNERSHIP
        : network ? Arrangement.NETWORK : Arrangement.NEITHER;
  }

  /**
   * Returns the forms that score high, highest first.
   *
   * @return the forms scoring at least the threshold, possibly none
   */
  public final ImmutableList<NetworkForm> highForms() {
    ImmutableList.Builder<NetworkForm> high = ImmutableList.builder();
    for (FormScore score : forms()) {
      if (score.score() >= threshold()) {
        high.add(score.form());
      }
    }
    return high.build();
  }

  /**
   * Tells whether two forms or more score high: they coexist.
   *
   * @return true if at least two forms score high
   */
  public final boolean coexisting() {
    return highForms().size() >= 2;
  }

  /**
   * Returns the form scoring highest: the form the network takes when it scores high, else the closest one,
   * whose {@link FormScore#lacking()} says what is missing.
   *
   * @return the first of {@link #forms()}
   */
  public final FormScore closestForm() {
    return forms().get(0);
  }

  /**
   * Returns the score of one form.
   *
   * @param form a form
   * @return its score
   */
  public final FormScore score(NetworkForm form) {
    for (FormScore score : forms()) {
      if (score.form() == form) {
        return score;
      }
    }
    throw new AssertionError("every form is scored: " + form);
  }

  /**
   * Returns a new builder, for the engine and for tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (forms().size() != NetworkForm.values().length) {
      throw new IllegalArgumentException("Classification.forms: " + forms().size() + " scores; give one per form");
    }
  }

  /** Builds a {@link Classification}; not thread-safe. */
  public static final class Builder extends ImmutableClassification.Builder {
    Builder() {}
  }
}
