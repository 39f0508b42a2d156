package org.maillage.network;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;

/**
 * How a network is run (<i>gouvernance</i>): its place, communication tools, facilitation, how traces are
 * kept, and its shared ethics charter. Dumont (002) names the first four as the infrastructure of a formal
 * network.
 *
 * <p>This class is immutable and thread-safe; the place, facilitation and traces are free text, left out of
 * {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Governance {
  Governance() {}

  /**
   * Returns where the network meets or is hosted.
   *
   * @return the place, or empty
   */
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  @Value.Redacted
  public abstract Optional<String> place();

  /**
   * Returns the communication tools (shared diary, mailing list, secure messaging...).
   *
   * @return the tools, possibly empty
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract ImmutableSet<String> communicationTools();

  /**
   * Returns how facilitation works (<i>animation</i>).
   *
   * @return the statement, or empty
   */
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  @Value.Redacted
  public abstract Optional<String> facilitation();

  /**
   * Returns how traces are kept (<i>traces</i>: minutes, shared record).
   *
   * @return the statement, or empty
   */
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  @Value.Redacted
  public abstract Optional<String> traces();

  /**
   * Returns the shared ethics charter.
   *
   * @return the charter, or empty
   */
  public abstract Optional<EthicsCharter> ethicsCharter();

  /**
   * Returns governance with nothing stated.
   *
   * @return the empty governance
   */
  public static Governance none() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Governance}; not thread-safe. */
  public static final class Builder extends ImmutableGovernance.Builder {
    Builder() {}
  }
}
