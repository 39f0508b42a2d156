package org.maillage.sharing;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;

/**
 * The declared purpose of a flow and the categories of information it needs (<i>finalité déclarée</i>).
 *
 * <p>A flow carrying a category its purpose does not need carries more than is strictly necessary.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Purpose {
  Purpose() {}

  /**
   * Returns the kind of purpose.
   *
   * @return the kind
   */
  public abstract PurposeKind kind();

  /**
   * Returns the categories of information this purpose needs.
   *
   * @return the categories
   */
  public abstract ImmutableSet<InformationCategory> needs();

  /**
   * Returns a statement of the purpose in the worker's words.
   *
   * @return the statement, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract Optional<String> statement();

  /**
   * Tells whether the purpose needs a category.
   *
   * @param category the category
   * @return true if declared as needed
   */
  public final boolean needs(InformationCategory category) {
    return needs().contains(category);
  }

  /**
   * Obtains a purpose.
   *
   * @param kind the kind
   * @param needs the categories it needs
   * @return the purpose
   */
  public static Purpose of(PurposeKind kind, InformationCategory... needs) {
    return builder().kind(kind).addNeeds(needs).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Purpose}; not thread-safe. */
  public static final class Builder extends ImmutablePurpose.Builder {
    Builder() {}
  }
}
