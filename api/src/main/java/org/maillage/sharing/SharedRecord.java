package org.maillage.sharing;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;

/**
 * A shared record into which a sharing is made (<i>dossier partagé</i>: a shared medical record, a single
 * user record, a coordination platform), open to categories of professionals rather than to named recipients.
 *
 * <p>A sharing into it reaches whoever of those categories may read it: the decision reads it as a sharing with
 * those categories, which a {@link Consent} covers by its {@link Consent#professionalCategories() categories of
 * professionals}.
 *
 * <pre>{@code
 * SharedRecord dui = SharedRecord.builder()
 *     .name("DUI")
 *     .addProfessionalCategories(RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT, RegulatoryCategory.ESSMS_STAFF)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class SharedRecord {
  SharedRecord() {}

  /**
   * Returns the record's name, a label such as "DMP" or "DUI", when recorded.
   *
   * @return the name, or empty
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract Optional<String> name();

  /**
   * Returns the categories of professionals the record is open to.
   *
   * @return the categories, at least one
   */
  public abstract ImmutableSet<ProfessionalCategory> professionalCategories();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (professionalCategories().isEmpty()) {
      throw new InvalidModelException(ModelProblem.of("SharedRecord", "professionalCategories",
          "the shared record is open to no category of professionals; add the categories that may read it"));
    }
  }

  /** Builds a {@link SharedRecord}; not thread-safe. */
  public static final class Builder extends ImmutableSharedRecord.Builder {
    Builder() {}
  }
}
