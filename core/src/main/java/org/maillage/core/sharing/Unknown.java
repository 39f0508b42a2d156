package org.maillage.core.sharing;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.sharing.FactKind;

/**
 * A fact a step read and found not recorded (<i>fait non renseigné</i>): its kind and whom it is about. A
 * deliberation turns each into a {@link org.maillage.sharing.MissingFact} with the answer for each way of
 * recording it.
 *
 * <p>This class is immutable and thread-safe, with value equality.
 *
 * @param kind the kind of fact
 * @param about the member it is about, or null for the network
 */
public record Unknown(FactKind kind, @Nullable MemberId about) {

  /**
   * Makes an unknown fact.
   *
   * @param kind the kind of fact
   * @param about the member it is about, or null for the network
   */
  public Unknown {
    Objects.requireNonNull(kind, "kind");
  }

  /** Returns the kind and the member's id. */
  @Override
  public String toString() {
    return kind.name() + (about == null ? "" : "(" + about + ")");
  }
}
