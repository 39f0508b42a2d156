package org.maillage.validation;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import org.maillage.Message;
import org.maillage.network.Network;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.SharingPolicy;

/**
 * What a rule is given besides the network (<i>contexte d'exécution</i>): the settings, and the means to
 * make findings carrying the rule's id and effective severity, and the sharing policy of each jurisdiction.
 *
 * <p>Provided by the engine; one context serves one rule on one validation. Implementations are not required
 * to be thread-safe beyond that use.
 *
 * @since 0.1
 */
public interface RuleContext {

  /**
   * Returns the settings of this validation.
   *
   * @return the settings
   */
  ValidationSettings settings();

  /**
   * Returns the date as of which the network is judged; the same as {@code settings().date()}.
   *
   * @return the date
   */
  default LocalDate date() {
    return settings().date();
  }

  /**
   * Returns the jurisdiction whose law a network's flows are decided under: the one the network records, else
   * the settings' {@link ValidationSettings#defaultJurisdiction() default}.
   *
   * @param network the network
   * @return the jurisdiction, or empty when neither the network nor the settings give one (the flows cannot be
   *     decided: {@code SHARE-RECORD-INCOMPLETE} names the jurisdiction)
   * @since 0.2 (a {@code Jurisdiction}, France by default, before issue 10)
   */
  default Optional<Jurisdiction> jurisdictionOf(Network network) {
    Optional<Jurisdiction> recorded = network.jurisdiction();
    return recorded.isPresent() ? recorded : settings().defaultJurisdiction();
  }

  /**
   * Returns the sharing policy of a jurisdiction for this validation: the one the engine was given for it,
   * else the engine's own.
   *
   * @param jurisdiction the jurisdiction
   * @return the policy
   * @throws UnsupportedOperationException if the engine has no policy for the jurisdiction yet
   * @since 0.2
   */
  SharingPolicy sharingPolicy(Jurisdiction jurisdiction);

  /**
   * Returns a value derived from the network under validation, computed at most once per validation and shared
   * by every rule that asks for it with the same derivation (<i>valeur partagée</i>): for what several rules
   * read, such as a sharing record and its summaries.
   *
   * <p>A derivation is known by its identity: keep it in a constant. It must depend on the network alone, and
   * its value must be immutable and thread-safe, since rules other than the caller read it. The default
   * computes the value on each call; the engine's contexts share it within one validation, and compute it
   * afresh for a network other than the one validated.
   *
   * <pre>{@code
   * private static final Function<Network, Summary> SUMMARY = Summary::of;
   * ...
   * Summary summary = context.derived(network, SUMMARY);
   * }</pre>
   *
   * @param network the network the rule was given
   * @param derivation how the value is derived from a network; a constant
   * @param <T> the value's type
   * @return the value
   * @since 0.1
   */
  default <T> T derived(Network network, Function<? super Network, ? extends T> derivation) {
    return derivation.apply(network);
  }

  /**
   * Makes a finding of the running rule, with its effective severity.
   *
   * @param subject what the finding is about
   * @param messageKey the bundle key of its message
   * @param arguments the message's named arguments, in order
   * @return the finding
   * @throws IllegalArgumentException if an argument is not allowed; see {@link Message}
   */
  Finding finding(SubjectPath subject, String messageKey, Map<String, ?> arguments);

  /**
   * Makes a finding with one named argument: the same finding as
   * {@code finding(subject, messageKey, ImmutableMap.of(name, value))}, which this default makes. The engine's
   * contexts make the message's map only when it is read, so a rule reporting many findings pays for none.
   *
   * @param subject what the finding is about
   * @param messageKey the bundle key of its message
   * @param name the argument's name
   * @param value its value
   * @return the finding
   * @throws IllegalArgumentException if the argument is not allowed; see {@link Message}
   * @since 0.2
   */
  default Finding finding(SubjectPath subject, String messageKey, String name, Object value) {
    return finding(subject, messageKey, ImmutableMap.of(name, value));
  }

  /**
   * Makes a finding with two named arguments, in rendering order: the same finding as
   * {@code finding(subject, messageKey, ImmutableMap.of(name1, value1, name2, value2))}, which this default
   * makes. The engine's contexts make the message's map only when it is read, so a rule reporting many findings
   * pays for none.
   *
   * @param subject what the finding is about
   * @param messageKey the bundle key of its message
   * @param name1 the first argument's name
   * @param value1 its value
   * @param name2 the second argument's name
   * @param value2 its value
   * @return the finding
   * @throws IllegalArgumentException if an argument is not allowed or the names are the same; see
   *     {@link Message}
   * @since 0.2
   */
  default Finding finding(SubjectPath subject, String messageKey, String name1, Object value1, String name2,
      Object value2) {
    return finding(subject, messageKey, ImmutableMap.of(name1, value1, name2, value2));
  }

  /**
   * Makes a finding without arguments.
   *
   * @param subject what the finding is about
   * @param messageKey the bundle key of its message
   * @return the finding
   */
  default Finding finding(SubjectPath subject, String messageKey) {
    return finding(subject, messageKey, Map.of());
  }
}
