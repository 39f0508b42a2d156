package org.maillage.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.maillage.Language;
import org.maillage.network.Network;

/**
 * A validation rule (<i>règle de validation</i>): the service provider interface of the validator.
 *
 * <p>A rule has a stable id, a default severity, a localised title, the source it comes from, and a check
 * that returns findings. Implementations must be stateless, thread-safe and deterministic: the same network
 * and settings give the same findings, in any thread. A rule should never throw for a network it can read;
 * if a custom rule throws anyway, the validator turns the exception into a finding carrying its id and goes
 * on with the other rules.
 *
 * <p><b>Cost.</b> A check takes time linear, or n log n at most, in what it reads of the network: its members,
 * ties, meetings, flows, référent designations and periods (involvements, designations, status changes). It
 * never searches a list, or runs a stream or a loop over a part that grows with the network, once for each
 * element of another such part; what it must find again and again it reads from the network's indexes
 * ({@link Network#member}, {@link Network#tiesOf}, {@link Network#designationsOf}, {@link Network#institutions},
 * ...), which each network value builds once. A network twice as large then costs about twice as much to
 * validate. Every rule of the standard catalogue says in its documentation what it is linear in; a custom rule
 * should keep the same contract, since one quadratic rule makes the whole validation quadratic.
 *
 * <p>Custom rules are added with {@code Validator.builder().addRule(...)}, or discovered with
 * {@link java.util.ServiceLoader} when the caller opts in (module {@code provides} or
 * {@code META-INF/services/org.maillage.validation.Rule}).
 *
 * @since 0.1
 */
public interface Rule {

  /**
   * Returns the rule's stable id.
   *
   * @return the id
   */
  RuleId id();

  /**
   * Returns the severity of the rule's findings unless the settings override it.
   *
   * @return the default severity
   */
  Severity defaultSeverity();

  /**
   * Returns the source the rule comes from.
   *
   * @return the author and concept
   */
  RuleSource source();

  /**
   * Returns a one-line title of what the rule checks, in the reader's language.
   *
   * @param locale the reader's locale; see {@link Language#of(Locale)}
   * @return the title
   */
  String title(Locale locale);

  /**
   * Returns the template of one of the rule's messages, with {@code {name}} placeholders for the finding's
   * named arguments.
   *
   * <p>A rule answers for every {@link Language}, Dutch included: rendering a finding whose rule has no template
   * in the reader's language fails.
   *
   * @param messageKey the key of a finding of this rule
   * @param language the language wanted
   * @return the template, or empty if the rule has no such message
   */
  Optional<String> template(String messageKey, Language language);

  /**
   * Checks a network.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return the findings, possibly empty; never null
   */
  List<Finding> check(Network network, RuleContext context);
}
