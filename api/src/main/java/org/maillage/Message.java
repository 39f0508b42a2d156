package org.maillage;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message to be rendered for a person, kept as data (<i>message</i>): a key into a resource bundle and named
 * arguments, never rendered text.
 *
 * <p>Rendering takes a {@link java.util.Locale} and happens later, in the reader's language. Argument values
 * are restricted to what renders without personal data and without surprise: {@link String},
 * {@link Integer}, {@link Long}, {@link LocalDate}, the typed ids of this package, and {@link Labelled} terms
 * (rendered with their label). Arguments keep the order given.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Message {
  private final String key;
  private final ImmutableMap<String, Object> arguments;

  private Message(String key, ImmutableMap<String, Object> arguments) {
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * Obtains a message without arguments.
   *
   * @param key the bundle key, such as {@code "PERSON-CONSENT.missing"}
   * @return the message
   * @throws InvalidModelException if the key is blank
   */
  public static Message of(String key) {
    return of(key, ImmutableMap.of());
  }

  /**
   * Obtains a message with named arguments.
   *
   * @param key the bundle key
   * @param arguments the arguments by name, in rendering order
   * @return the message
   * @throws InvalidModelException if the key is blank, a name is blank, or a value has a type that is not
   *     allowed
   */
  public static Message of(String key, Map<String, ?> arguments) {
    Objects.requireNonNull(key, "Message.key: is null; give the bundle key of the message");
    if (key.isBlank()) {
      throw new InvalidModelException(ModelProblem.of("Message", "key", "is blank; give the bundle key of the message"));
    }
    ImmutableMap.Builder<String, Object> copy = ImmutableMap.builderWithExpectedSize(arguments.size());
    for (Map.Entry<String, ?> e : arguments.entrySet()) {
      Object value = Objects.requireNonNull(e.getValue(), () -> "Message.arguments: " + QuotedInput.quote(e.getKey()) + " is null; give a value or leave the argument out");
      if (e.getKey().isBlank()) {
        throw new InvalidModelException(ModelProblem.of("Message", "arguments", "a name is blank in message "
            + QuotedInput.quote(key) + "; name every argument as its template does"));
      }
      if (!isAllowed(value)) {
        throw new InvalidModelException(ModelProblem.of("Message", "arguments[" + QuotedInput.escape(e.getKey()) + "]",
            "the argument of message " + QuotedInput.quote(key) + " has type " + value.getClass().getName()
            + "; use a String, Integer, Long, LocalDate, a typed id or a Labelled term"));
      }
      copy.put(e.getKey(), value);
    }
    return new Message(key, copy.buildOrThrow());
  }

  private static boolean isAllowed(Object value) {
    return value instanceof String || value instanceof Integer || value instanceof Long
        || value instanceof LocalDate || value instanceof Labelled || value instanceof MemberId
        || value instanceof NetworkId || value instanceof OrganisationId || value instanceof TieId
        || value instanceof MeetingId || value instanceof FlowId || value instanceof ObjectiveId
        || value instanceof org.maillage.person.LifeSphere;
  }

  /**
   * Returns the bundle key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the named arguments, in rendering order.
   *
   * @return the arguments
   */
  public ImmutableMap<String, Object> arguments() {
    return arguments;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Message && ((Message) o).key.equals(key) && ((Message) o).arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + arguments.hashCode();
  }

  /** Returns the key and arguments, for example {@code PERSON-NOT-ENCLOSED.too-many{professionals=9, limit=8}}. */
  @Override
  public String toString() {
    return key + arguments;
  }
}
