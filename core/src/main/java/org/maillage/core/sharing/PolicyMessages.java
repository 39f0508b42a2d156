package org.maillage.core.sharing;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import org.maillage.Language;
import org.maillage.Message;
import org.maillage.QuotedInput;
import org.maillage.core.message.MessageFormatter;
import org.maillage.sharing.FactAnswer;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.MissingFact;
import org.maillage.sharing.SharingDecision;

/**
 * The texts of one jurisdiction's decisions (<i>textes d'une politique</i>): its message bundle, the rendering of
 * one reason, and the explanation of a decision, one line each, as every jurisdiction writes them. The bundle holds
 * the keys {@code outcome.<OUTCOME>}, {@code regime.<REGIME>}, {@code explain.*} and {@code fact.either-way}
 * besides its reasons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyMessages {
  private final String bundle;
  private final Jurisdiction jurisdiction;
  private final String policy;

  private PolicyMessages(String bundle, Jurisdiction jurisdiction, String policy) {
    this.bundle = bundle;
    this.jurisdiction = jurisdiction;
    this.policy = policy;
  }

  /**
   * Obtains the texts of a policy.
   *
   * @param bundle the base name of the policy's message bundle
   * @param jurisdiction the policy's jurisdiction
   * @param policy the policy's simple name, for error messages
   * @return the texts
   */
  public static PolicyMessages of(String bundle, Jurisdiction jurisdiction, String policy) {
    return new PolicyMessages(Objects.requireNonNull(bundle, "bundle"),
        Objects.requireNonNull(jurisdiction, "jurisdiction"), Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Renders one reason of a decision of the policy.
   *
   * @param reason a reason
   * @param locale the reader's locale; French for {@code fr}, Dutch for {@code nl}, else English
   * @return the text, every argument filled
   * @throws IllegalArgumentException if the reason's key is not one of the policy's
   */
  public String render(Message reason, Locale locale) {
    Objects.requireNonNull(reason, "reason");
    return MessageFormatter.format(template(reason.key(), locale), reason.arguments(), locale);
  }

  /**
   * Explains a decision of the policy, one line each: the outcome, the regime, the legal basis, whom to inform or
   * ask (when anyone), for an incomplete decision each fact to record with what each way of recording it would
   * give, then every reason in order, each on its own line starting with "- ".
   *
   * @param decision a decision of the policy
   * @param locale the reader's locale
   * @return the lines joined by {@code '\n'}
   * @throws IllegalArgumentException if the decision is under another jurisdiction or holds a reason of another
   *     policy
   */
  public String explain(SharingDecision decision, Locale locale) {
    Objects.requireNonNull(decision, "decision");
    if (decision.jurisdiction() != jurisdiction) {
      throw new IllegalArgumentException(policy + ".explain: the decision is under " + decision.jurisdiction()
          + ", not " + jurisdiction + "; explain it with the policy of its jurisdiction");
    }
    StringBuilder out = new StringBuilder(256);
    out.append(line("explain.outcome", "outcome", template("outcome." + decision.outcome().name(), locale), locale));
    out.append('\n').append(line("explain.regime", "regime", template("regime." + decision.regime().name(), locale),
        locale));
    StringJoiner basis = new StringJoiner(", ");
    for (LegalReference article : decision.legalBasis()) {
      basis.add(article.label());
    }
    out.append('\n').append(line("explain.basis", "basis", basis.toString(), locale));
    if (!decision.addressees().isEmpty()) {
      List<String> ids = new ArrayList<>(decision.addressees().size());
      decision.addressees().forEach(a -> ids.add(a.value()));
      out.append('\n').append(line("explain.addressees." + decision.outcome().name(), "addressees",
          String.join(", ", ids), locale));
    }
    for (MissingFact fact : decision.missingFacts()) {
      StringJoiner answers = new StringJoiner(template("explain.answer.separator", locale));
      for (FactAnswer answer : fact.answers()) {
        answers.add(MessageFormatter.format(template("explain.answer", locale), ImmutableMap.of("way",
            answer.recording().label(locale), "outcome", answer.outcome().label(locale)), locale));
      }
      String all = fact.answers().isEmpty() ? template("explain.no-answer", locale) : answers.toString();
      String what = fact.kind().label(locale);
      out.append('\n').append(fact.about().isPresent()
          ? MessageFormatter.format(template("explain.missing", locale), ImmutableMap.of("fact", what, "member",
              fact.about().get().value(), "answers", all), locale)
          : MessageFormatter.format(template("explain.missing.network", locale), ImmutableMap.of("fact", what,
              "answers", all), locale));
    }
    for (Message reason : decision.reasons()) {
      out.append('\n').append("- ").append(render(reason, locale));
    }
    return out.toString();
  }

  private String line(String key, String name, String value, Locale locale) {
    return MessageFormatter.format(template(key, locale), ImmutableMap.of(name, value), locale);
  }

  private String template(String key, Locale locale) {
    try {
      return ResourceBundle.getBundle(bundle, Language.of(locale).locale()).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException(policy + ".render: " + QuotedInput.quote(key)
          + " is not a message of the " + policy + "; render it with the policy that made it", e);
    }
  }

  /** Returns the policy's name and its bundle. */
  @Override
  public String toString() {
    return "PolicyMessages[" + policy + ", " + bundle + "]";
  }
}
