package org.maillage.core.rules.project;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.Network;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/**
 * {@code PROJECT-COMPLETE} (WARNING): once several professionals work with the person, the personalised
 * project (<i>projet personnalisé</i>, Belgian service guide) states objectives centred on what is to be
 * worked on, the means and measures for each, and an evaluation strategy.
 *
 * <p>Scope: person-centred networks with at least {@link ValidationSettings#projectMinProfessionals()}
 * current professionals (2 by default); silent on any other.
 *
 * <p>Findings, once per missing part, so each can be dealt with on its own:
 * <ul>
 *   <li>{@code no-project} on the network ({@code professionals}) when there is no project at all (one
 *       finding rather than one per part: everything is missing);</li>
 *   <li>{@code no-objectives} on the project when it has no objective;</li>
 *   <li>{@code no-means} on the objective ({@code objective}) when it has no means at all;
 *       {@code means-lapsed} on the objective ({@code objective}, {@code means}) when it has means, but
 *       none held by an individual current on the date;</li>
 *   <li>{@code no-evaluation} on the project when no evaluation strategy is stated (absent or blank).</li>
 * </ul>
 *
 * <p>Reading: a means counts only while its holder is current (a member who has left no longer carries it;
 * the person may hold a means of their own project).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectCompleteRule extends CatalogueRule {

  /** Creates the rule. */
  public ProjectCompleteRule() {
    super("PROJECT-COMPLETE", Severity.WARNING, "Belgian service guide", "projet personnalisé");
  }

  /**
   * Checks that the personalised project has objectives, means for each, and an evaluation strategy.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return one finding per missing part, empty when complete or out of scope
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (!network.isPersonCentred()) {
      return List.of();
    }
    LocalDate date = context.date();
    int professionals = network.professionalsOn(date).size();
    if (professionals < context.settings().projectMinProfessionals()) {
      return List.of();
    }
    SubjectPath root = SubjectPath.of(network.id());
    Optional<PersonalisedProject> found = network.project();
    if (found.isEmpty()) {
      return List.of(context.finding(root, key("no-project"), ImmutableMap.of("professionals", professionals)));
    }
    PersonalisedProject project = found.get();
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    if (project.objectives().isEmpty()) {
      findings.add(context.finding(root.project(), key("no-objectives")));
    }
    for (Objective objective : project.objectives()) {
      if (objective.means().isEmpty()) {
        findings.add(context.finding(root.project().objective(objective.id()), key("no-means"),
            ImmutableMap.of("objective", objective.id())));
      } else if (!hasCurrentMeans(network, objective, date)) {
        findings.add(context.finding(root.project().objective(objective.id()), key("means-lapsed"),
            ImmutableMap.of("objective", objective.id(), "means", objective.means().size())));
      }
    }
    if (project.evaluationStrategy().map(String::isBlank).orElse(true)) {
      findings.add(context.finding(root.project(), key("no-evaluation")));
    }
    return findings.build();
  }

  private static boolean hasCurrentMeans(Network network, Objective objective, LocalDate date) {
    for (Means means : objective.means()) {
      if (network.isCurrentOn(means.holder(), date)) {
        return true;
      }
    }
    return false;
  }
}
