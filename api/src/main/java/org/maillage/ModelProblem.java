package org.maillage;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One reason a model value cannot be built (<i>anomalie de construction</i>): where, as the type, the id of
 * the value when known and the field's path inside it, and what is wrong with how to fix it.
 *
 * <p>The path reads like the builder calls that set the field: {@code Network.members},
 * {@code Network.ties[t-1].first}, {@code Network.focalPerson.measures[0].mandated},
 * {@code Professional.horizon}; an element of a list is named by its id in brackets, or by its position when
 * it has no id. A vendor importing records maps a problem back to its row with {@link #type()}, {@link #id()}
 * and {@link #field()}.
 *
 * <p>The message is in English, for developers; it quotes ids and other codes through
 * {@link QuotedInput#quote(Object)} and never quotes a text the model classifies as personal or free text
 * ({@link Disclosure}).
 *
 * <p>This class is immutable and thread-safe, with value equality.
 *
 * @since 0.1
 */
public final class ModelProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final @Nullable String id;
  private final String field;
  private final String message;

  private ModelProblem(String type, @Nullable String id, String field, String message) {
    this.type = Objects.requireNonNull(type, "ModelProblem.type");
    this.id = id;
    this.field = Objects.requireNonNull(field, "ModelProblem.field");
    this.message = Objects.requireNonNull(message, "ModelProblem.message");
  }

  /**
   * Obtains a problem of a value whose id is not known (not set yet, or a value without an id).
   *
   * @param type the simple name of the model type, such as {@code "Professional"}
   * @param field the field's path inside the type, such as {@code "horizon"}; empty for the value as a whole
   * @param message what is wrong and how to fix it, input already quoted
   * @return the problem
   */
  public static ModelProblem of(String type, String field, String message) {
    return new ModelProblem(type, null, field, message);
  }

  /**
   * Obtains a problem of a value with an id.
   *
   * @param type the simple name of the model type, such as {@code "Network"}
   * @param id the id of the value, a typed id or its key
   * @param field the field's path inside the type, such as {@code "ties[t-1].first"}
   * @param message what is wrong and how to fix it, input already quoted
   * @return the problem
   */
  public static ModelProblem of(String type, Object id, String field, String message) {
    return new ModelProblem(type, Objects.requireNonNull(id, "ModelProblem.id").toString(), field, message);
  }

  /**
   * Returns the simple name of the model type that refused the value.
   *
   * @return the type, such as {@code "Network"}
   */
  public String type() {
    return type;
  }

  /**
   * Returns the id of the value refused, as given, when it was known.
   *
   * @return the id's key, or empty
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * Returns the path of the field inside the type, with the ids of the elements crossed in brackets.
   *
   * @return the field, such as {@code "ties[t-1].first"}; empty for the value as a whole
   */
  public String field() {
    return field;
  }

  /**
   * Returns the type and the field, as {@code Type.field}.
   *
   * @return the path, such as {@code "Network.ties[t-1].first"}
   */
  public String path() {
    return field.isEmpty() ? type : type + "." + field;
  }

  /**
   * Returns what is wrong and how to fix it.
   *
   * @return the message, in English
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ModelProblem && ((ModelProblem) o).type.equals(type) && Objects.equals(((ModelProblem) o).id, id)
        && ((ModelProblem) o).field.equals(field) && ((ModelProblem) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, id, field, message);
  }

  /** Returns {@code path: message}, for example {@code Professional.horizon: is not set; ...}. */
  @Override
  public String toString() {
    return path() + ": " + message;
  }
}
