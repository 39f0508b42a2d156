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
 * <p>This class is immutable and thread-safe. A message made from one or two named values
 * ({@link #of(String, String, Object, String, Object)}) keeps them as given and makes the map of
 * {@link #arguments()} on first need, so that a rule reporting many findings pays for no map a reader never
 * asks for; the message is the same as one made from the map.
 *
 * @since 0.1
 */
public final class Message {
  private final String key;
  /** The arguments, or null until first asked when the message was made from {@link #values}. */
  private @Nullable ImmutableMap<String, Object> arguments;
  /** The names and values, alternately, when the map is made on first need; else empty. */
  private final Object[] values;

  private static final Object[] NO_VALUES = new Object[0];

  private Message(String key, ImmutableMap<String, Object> arguments) {
    this.key = key;
    this.arguments = arguments;
    this.values = NO_VALUES;
  }

  private Message(String key, Object[] values) {
    this.key = key;
    this.values = values;
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
    if (arguments instanceof ImmutableMap) {
      // already immutable: checked, then kept as it is rather than copied
      for (Map.Entry<String, ?> e : arguments.entrySet()) {
        check(key, e.getKey(), e.getValue());
      }
      @SuppressWarnings("unchecked") // an immutable map of values is a map of objects
      ImmutableMap<String, Object> kept = (ImmutableMap<String, Object>) arguments;
      return new Message(key, kept);
    }
    ImmutableMap.Builder<String, Object> copy = ImmutableMap.builderWithExpectedSize(arguments.size());
    for (Map.Entry<String, ?> e : arguments.entrySet()) {
      copy.put(e.getKey(), check(key, e.getKey(), e.getValue()));
    }
    return new Message(key, copy.buildOrThrow());
  }

  /**
   * Obtains a message with one named argument; the same message as {@code of(key, Map.of(name, value))}, whose
   * map is made on first need.
   *
   * @param key the bundle key
   * @param name the argument's name
   * @param value its value
   * @return the message
   * @throws InvalidModelException if the key or the name is blank, or the value has a type that is not allowed
   * @since 0.2
   */
  public static Message of(String key, String name, Object value) {
    checkKey(key);
    Objects.requireNonNull(name, "Message.arguments: a name is null; name every argument as its template does");
    return new Message(key, new Object[] {name, check(key, name, value)});
  }

  /**
   * Obtains a message with two named arguments, in rendering order; the same message as
   * {@code of(key, ImmutableMap.of(name1, value1, name2, value2))}, whose map is made on first need.
   *
   * @param key the bundle key
   * @param name1 the first argument's name
   * @param value1 its value
   * @param name2 the second argument's name
   * @param value2 its value
   * @return the message
   * @throws InvalidModelException if the key or a name is blank, or a value has a type that is not allowed
   * @throws IllegalArgumentException if the two names are the same
   * @since 0.2
   */
  public static Message of(String key, String name1, Object value1, String name2, Object value2) {
    checkKey(key);
    Objects.requireNonNull(name1, "Message.arguments: a name is null; name every argument as its template does");
    Objects.requireNonNull(name2, "Message.arguments: a name is null; name every argument as its template does");
    Object checked1 = check(key, name1, value1);
    Object checked2 = check(key, name2, value2);
    if (name1.equals(name2)) {
      throw new IllegalArgumentException("Message.arguments: " + QuotedInput.quote(name1) + " is given twice in message "
          + QuotedInput.quote(key) + "; name each argument once");
    }
    return new Message(key, new Object[] {name1, checked1, name2, checked2});
  }

  private static void checkKey(String key) {
    Objects.requireNonNull(key, "Message.key: is null; give the bundle key of the message");
    if (key.isBlank()) {
      throw new InvalidModelException(ModelProblem.of("Message", "key", "is blank; give the bundle key of the message"));
    }
  }

  /** Checks one argument: its value not null, its name not blank, its value of an allowed type; returns it. */
  private static Object check(String key, String name, @Nullable Object given) {
    Object value = Objects.requireNonNull(given, () -> "Message.arguments: " + QuotedInput.quote(name) + " is null; give a value or leave the argument out");
    if (name.isBlank()) {
      throw new InvalidModelException(ModelProblem.of("Message", "arguments", "a name is blank in message "
          + QuotedInput.quote(key) + "; name every argument as its template does"));
    }
    if (!isAllowed(value)) {
      throw new InvalidModelException(ModelProblem.of("Message", "arguments[" + QuotedInput.escape(name) + "]",
          "the argument of message " + QuotedInput.quote(key) + " has type " + value.getClass().getName()
          + "; use a String, Integer, Long, LocalDate, a typed id or a Labelled term"));
    }
    return value;
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
    // made once from the values when first asked; a race makes equal maps, each immutable and safely published
    @Nullable ImmutableMap<String, Object> made = arguments;
    if (made == null) {
      made = values.length == 2 ? ImmutableMap.of((String) values[0], values[1])
          : ImmutableMap.of((String) values[0], values[1], (String) values[2], values[3]);
      arguments = made;
    }
    return made;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Message && ((Message) o).key.equals(key) && ((Message) o).arguments().equals(arguments());
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + arguments().hashCode();
  }

  /** Returns the key and arguments, for example {@code PERSON-NOT-ENCLOSED.too-many{professionals=9, limit=8}}. */
  @Override
  public String toString() {
    return key + arguments();
  }
}
