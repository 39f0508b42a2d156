package org.maillage.core.rules.form;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.Member;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.network.SupportType;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code FORM-MUTUAL-AID} (WARNING): in a network that declares the mutual-aid group form (<i>réseau de
 * groupe d'aide réciproque</i>, Dumoulin et al.), every member who is not a professional should both give
 * and receive, since the exchanges are reciprocal; professionals only facilitate and should neither give nor
 * receive support.
 *
 * <p>Scope: networks declaring {@link NetworkForm#MUTUAL_AID}; silent on any other.
 *
 * <p>Findings, on the member, for each current member:
 * <ul>
 *   <li>a primary member or participant who gives nothing and receives nothing: {@code neither};</li>
 *   <li>one who gives and receives nothing: {@code gives-only} ({@code given}: the number of kinds of
 *       support given);</li>
 *   <li>one who receives and gives nothing: {@code receives-only} ({@code received});</li>
 *   <li>a professional who gives or receives: {@code professional-exchanges} ({@code given},
 *       {@code received}).</li>
 * </ul>
 *
 * <p>Readings: giving and receiving are those of {@link Network#supportGivenBy} and
 * {@link Network#supportReceivedBy} (ties between current individuals); support exchanged with the focal
 * person counts. Only current members are judged: someone who has left is no longer expected to exchange.
 * The focal person, when there is one, is not a member and is not judged here.
 *
 * <p>Linear in the members and ties: each current member's own ties are read, twice; whether the other end is
 * current is found by halving its involvements.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormMutualAidRule extends CatalogueRule {

  /** Creates the rule. */
  public FormMutualAidRule() {
    super("FORM-MUTUAL-AID", Severity.WARNING, "Dumoulin et al.", "réseau de groupe d'aide réciproque");
  }

  /**
   * Checks the reciprocity of the exchanges of a network declaring the mutual-aid form.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return one finding per member out of the form's pattern, empty when all fit or the form is not declared
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (!network.forms().contains(NetworkForm.MUTUAL_AID)) {
      return List.of();
    }
    LocalDate date = context.date();
    List<Finding> findings = null;
    for (Member member : network.currentMembers(date)) {
      Set<SupportType> given = network.supportGivenBy(member.id(), date);
      Set<SupportType> received = network.supportReceivedBy(member.id(), date);
      Finding finding = judge(network, context, member, given.size(), received.size());
      if (finding != null) {
        if (findings == null) {
          findings = new ArrayList<>();
        }
        findings.add(finding);
      }
    }
    return findings == null ? List.of() : List.copyOf(findings);
  }

  private @Nullable Finding judge(
      Network network, RuleContext context, Member member, int given, int received) {
    if (member instanceof Professional) {
      if (given == 0 && received == 0) {
        return null;
      }
      return context.finding(path(network, member), key("professional-exchanges"),
          ImmutableMap.of("given", given, "received", received));
    }
    if (given > 0 && received > 0) {
      return null;
    }
    if (given > 0) {
      return context.finding(path(network, member), key("gives-only"), Map.of("given", given));
    }
    if (received > 0) {
      return context.finding(path(network, member), key("receives-only"), Map.of("received", received));
    }
    return context.finding(path(network, member), key("neither"));
  }

  private static SubjectPath path(Network network, Member member) {
    return SubjectPath.of(network.id()).member(member.id());
  }
}
