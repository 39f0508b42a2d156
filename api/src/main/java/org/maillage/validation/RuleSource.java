package org.maillage.validation;

import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;

/**
 * Where a rule comes from (<i>source</i>): the author and the concept of the practice literature it draws on.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class RuleSource {
  RuleSource() {}

  /**
   * Returns the author, such as "Dumoulin et al." or "Cultiaux".
   *
   * @return the author
   */
  @Value.Parameter
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract String author();

  /**
   * Returns the concept, such as "pairage" or "référent de proximité".
   *
   * @return the concept
   */
  @Value.Parameter
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract String concept();

  /**
   * Obtains a source.
   *
   * @param author the author
   * @param concept the concept
   * @return the source
   * @throws InvalidModelException if the author or the concept is blank
   */
  public static RuleSource of(String author, String concept) {
    return ImmutableRuleSource.of(author, concept);
  }

  @Value.Check
  void check() {
    if (author().isBlank() || concept().isBlank()) {
      throw new InvalidModelException(ModelProblem.of("RuleSource", author().isBlank() ? "author" : "concept",
          "is blank; name the author and the concept of the literature the rule draws on"));
    }
  }
}
