package org.maillage.core.rules.project;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * <p>Linear in the members (the current professionals are counted once), the objectives and their means (each
 * holder's currency is looked up in the member index).
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
    Optional<PersonalisedProject> found = network.project();
    if (found.isEmpty()) {
      return List.of(context.finding(SubjectPath.of(network.id()), key("no-project"),
          ImmutableMap.of("professionals", professionals)));
    }
    PersonalisedProject project = found.get();
    // The list and the paths are made on the first missing part only.
    List<Finding> findings = List.of();
    ImmutableList<Objective> objectives = project.objectives();
    if (objectives.isEmpty()) {
      findings = add(findings, context.finding(projectPath(network), key("no-objectives")));
    }
    for (int i = 0; i < objectives.size(); i++) {
      Objective objective = objectives.get(i);
      if (objective.means().isEmpty()) {
        findings = add(findings, context.finding(projectPath(network).objective(objective.id()), key("no-means"),
            ImmutableMap.of("objective", objective.id())));
      } else if (!hasCurrentMeans(network, objective, date)) {
        findings = add(findings, context.finding(projectPath(network).objective(objective.id()),
            key("means-lapsed"), ImmutableMap.of("objective", objective.id(), "means", objective.means().size())));
      }
    }
    Optional<String> evaluation = project.evaluationStrategy();
    if (evaluation.isEmpty() || evaluation.get().isBlank()) {
      findings = add(findings, context.finding(projectPath(network), key("no-evaluation")));
    }
    return findings;
  }

  private static SubjectPath projectPath(Network network) {
    return SubjectPath.of(network.id()).project();
  }

  private static List<Finding> add(List<Finding> findings, Finding finding) {
    List<Finding> list = findings.isEmpty() ? new ArrayList<>() : findings;
    list.add(finding);
    return list;
  }

  private static boolean hasCurrentMeans(Network network, Objective objective, LocalDate date) {
    ImmutableList<Means> means = objective.means();
    for (int i = 0; i < means.size(); i++) {
      if (network.isCurrentOn(means.get(i).holder(), date)) {
        return true;
      }
    }
    return false;
  }
}
