package org.maillage.formats.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;
import org.maillage.formats.FormatProblem;
import org.maillage.formats.ReadLimits;
import org.maillage.person.LifeSphere;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A parser seen by the model reader: the current token, the JSON Pointer of the value being read, and the
 * problems found so far, each with its pointer, line and column.
 *
 * <p>Every read method leaves the parser on the last token of the value it read, whether the value was right
 * or not, so that the reading goes on after a problem and finds the next one. A method that cannot read its
 * value records a problem and returns null; the caller then builds nothing, and the document is refused.
 *
 * <p>Not thread-safe: one per document.
 */
final class JsonInput {
  /** Ends the reading when the problems reach {@link ReadLimits#maxProblems()}; carries no stack trace. */
  static final class TooManyProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyProblems() {
      super("too many problems", null, false, false);
    }
  }

  /** Where an object started, and how many problems there were then. */
  static final class Start {
    final int line;
    final int column;
    final int problems;

    Start(int line, int column, int problems) {
      this.line = line;
      this.column = column;
      this.problems = problems;
    }
  }

  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> constants = new HashMap<>();
      for (Object c : type.getEnumConstants()) {
        constants.put(((Enum<?>) c).name(), (Enum<?>) c);
      }
      return Map.copyOf(constants);
    }
  };

  private static final ClassValue<String> CONSTANT_LIST = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      StringBuilder s = new StringBuilder("one of ");
      Object[] constants = type.getEnumConstants();
      for (int i = 0; i < constants.length; i++) {
        s.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
      }
      return s.toString();
    }
  };

  /** How the model's builders begin the message of an attribute not set. */
  private static final String MISSING = "is required and was not set";

  private final JsonParser p;
  private final ReadLimits limits;
  private final boolean lenient;
  private final int firstLine;
  private final List<FormatProblem> problems = new ArrayList<>();
  private Object[] path = new Object[16];
  private int depth;

  /**
   * @param firstLine the line of the stream the document starts on, 1 for a document of its own
   */
  JsonInput(JsonParser p, ReadLimits limits, boolean lenient, int firstLine) {
    this.p = p;
    this.limits = limits;
    this.lenient = lenient;
    this.firstLine = firstLine;
  }

  List<FormatProblem> problems() {
    return problems;
  }

  JsonParser parser() {
    return p;
  }

  // ---- positions and pointers

  int line() {
    TokenStreamLocation l = p.currentTokenLocation();
    return l.getLineNr() <= 0 ? 0 : l.getLineNr() + firstLine - 1;
  }

  int column() {
    TokenStreamLocation l = p.currentTokenLocation();
    return Math.max(l.getColumnNr(), 0);
  }

  int line(TokenStreamLocation l) {
    return l.getLineNr() <= 0 ? 0 : l.getLineNr() + firstLine - 1;
  }

  void push(String name) {
    grow();
    path[depth++] = name;
  }

  void push(int index) {
    grow();
    path[depth++] = index;
  }

  void pop() {
    path[--depth] = null;
  }

  private void grow() {
    if (depth == path.length) {
      path = Arrays.copyOf(path, depth * 2);
    }
  }

  String pointer() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      s.append('/');
      if (path[i] instanceof String) {
        s.append(((String) path[i]).replace("~", "~0").replace("/", "~1"));
      } else {
        s.append(path[i]);
      }
    }
    return s.toString();
  }

  /** The pointer of the object holding the member being read. */
  String objectPointer() {
    depth--;
    Object last = path[depth];
    String pointer = pointer();
    path[depth++] = last;
    return pointer;
  }

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  // ---- problems

  int problemCount() {
    return problems.size();
  }

  void problem(String key, Map<String, String> arguments) {
    problemAt(pointer(), line(), column(), key, arguments);
  }

  void problemAt(String pointer, int line, int column, String key, Map<String, String> arguments) {
    problems.add(FormatProblem.of(pointer, line, column, key, arguments));
    if (problems.size() >= limits.maxProblems()) {
      throw new TooManyProblems();
    }
  }

  void wrongType(String expected) {
    problem("format.json.wrong-type", Map.of("expected", expected, "found", found()));
    skip();
  }

  void invalid(String expected, String value) {
    problem("format.json.invalid-value", Map.of("expected", expected, "found", QuotedInput.quote(value)));
  }

  /** Names the current token's kind, never its text. */
  String found() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return t.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  void skip() {
    p.skipChildren();
  }

  // ---- objects

  /** Checks the current token opens an object, or records a problem and skips the value. */
  @Nullable Start object() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("object");
      return null;
    }
    TokenStreamLocation l = p.currentTokenLocation();
    return new Start(line(l), Math.max(l.getColumnNr(), 0), problems.size());
  }

  /** Moves to the first member's value and returns its name, or null at the end of the object. */
  @Nullable String firstMember() {
    JsonToken t = p.nextToken();
    if (t != JsonToken.PROPERTY_NAME) {
      return null;
    }
    String name = p.currentName();
    push(name);
    p.nextToken();
    return name;
  }

  /** Leaves the member just read, moves to the next one's value and returns its name, or null at the end. */
  @Nullable String nextMember() {
    pop();
    return firstMember();
  }

  /** Records an unknown member, unless lenient, and skips its value. */
  void unknown(String name) {
    if (!lenient) {
      problem("format.json.unknown-member", Map.of("member", QuotedInput.quote(name)));
    }
    skip();
  }

  /**
   * Builds the object just read unless a problem was found in it, turning the model's refusal into problems.
   *
   * @param at where the object started
   * @param build the builder's build
   * @param resolver the positions of the elements of the object's lists, by the ids the model names them by
   * @return the value, or null when there was a problem
   */
  <T> @Nullable T build(Start at, Supplier<T> build, @Nullable Resolver resolver) {
    if (problems.size() > at.problems) {
      return null;
    }
    try {
      return build.get();
    } catch (InvalidModelException e) {
      String base = pointer();
      for (ModelProblem m : e.problems()) {
        Resolver.Place place = resolver == null ? null : resolver.resolve(m.field());
        String pointer = base + (place == null ? Resolver.fieldPointer(m.field()) : place.pointer);
        int line = place == null || place.line == 0 ? at.line : place.line;
        int column = place == null || place.line == 0 ? at.column : place.column;
        if (m.message().startsWith(MISSING) && m.field().indexOf('.') < 0 && m.field().indexOf('[') < 0
            && !m.field().isEmpty()) {
          problemAt(base, at.line, at.column, "format.json.missing-member",
              Map.of("member", m.field(), "expected", "a value"));
        } else {
          problemAt(pointer, line, column, "format.json.model", Map.of("path", m.path(), "detail", m.message()));
        }
      }
      return null;
    }
  }

  <T> @Nullable T build(Start at, Supplier<T> build) {
    return build(at, build, null);
  }

  // ---- scalars

  @Nullable String text() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType("string");
      return null;
    }
    return p.getString();
  }

  @Nullable Boolean bool() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    wrongType("boolean");
    return null;
  }

  @Nullable LocalDate date() {
    String s = text();
    if (s == null) {
      return null;
    }
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 7);
      int day = digits(s, 8, 10);
      try {
        // the usual date read from its digits (a tenth of a reader's time went to the formatter); LocalDate.of is
        // as strict as LocalDate.parse (no 30 February); anything else is left to the parser
        return year >= 0 && month >= 0 && day >= 0 ? LocalDate.of(year, month, day) : LocalDate.parse(s);
      } catch (java.time.DateTimeException e) {
        // reported below
      }
    }
    invalid("date (yyyy-mm-dd)", s);
    return null;
  }

  /** The number written by the ASCII digits of a text from {@code from} to {@code to}, or -1 if one is not. */
  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + c - '0';
    }
    return value;
  }

  <E extends Enum<E>> @Nullable E constant(Class<E> type) {
    String s = text();
    if (s == null) {
      return null;
    }
    Enum<?> e = CONSTANTS.get(type).get(s);
    if (e == null) {
      invalid(CONSTANT_LIST.get(type), s);
      return null;
    }
    return type.cast(e);
  }

  <I> @Nullable I id(Function<String, I> of, String kind) {
    String s = text();
    if (s == null) {
      return null;
    }
    try {
      return of.apply(s);
    } catch (InvalidModelException e) {
      invalid(kind, s);
      return null;
    }
  }

  @Nullable LifeSphere sphere() {
    return id(LifeSphere::of, "life sphere code (lower-case letters, digits and '-')");
  }

  // ---- collections

  /** Reads an array, each element by the reader given; null when it is not an array. */
  <T> @Nullable Elements<T> list(Supplier<@Nullable T> element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType("array");
      return null;
    }
    Elements<T> list = new Elements<>();
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (index == limits.maxArrayLength()) {
        push(index);
        problem("format.json.too-many-elements", Map.of("limit", Integer.toString(limits.maxArrayLength())));
        pop();
        skipRestOfArray();
        return null;
      }
      push(index);
      TokenStreamLocation l = p.currentTokenLocation();
      T value = element.get();
      if (value != null) {
        list.add(value, line(l), Math.max(l.getColumnNr(), 0));
      }
      pop();
      index++;
    }
    return list;
  }

  /** Reads an array of distinct values; a repeated one is a problem. */
  <T> @Nullable List<T> set(Supplier<@Nullable T> element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType("array");
      return null;
    }
    List<T> list = new ArrayList<>();
    Set<T> seen = new HashSet<>();
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      push(index);
      if (index == limits.maxArrayLength()) {
        problem("format.json.too-many-elements", Map.of("limit", Integer.toString(limits.maxArrayLength())));
        pop();
        skipRestOfArray();
        return null;
      }
      T value = element.get();
      if (value != null) {
        if (seen.add(value)) {
          list.add(value);
        } else {
          problem("format.json.repeated-element", Map.of());
        }
      }
      pop();
      index++;
    }
    return list;
  }

  <E extends Enum<E>> @Nullable List<E> constants(Class<E> type) {
    return set(() -> constant(type));
  }

  <I> @Nullable List<I> ids(Function<String, I> of, String kind) {
    return set(() -> id(of, kind));
  }

  @Nullable List<String> texts(boolean distinct) {
    return distinct ? set(this::text) : list(this::text);
  }

  /** Reads an object used as a map, its keys by one reader and its values by another. */
  <K, V> @Nullable Map<K, V> map(Function<String, @Nullable K> key, Supplier<@Nullable V> value) {
    if (object() == null) {
      return null;
    }
    Map<K, V> map = new LinkedHashMap<>();
    int count = 0;
    for (String n = firstMember(); n != null; n = nextMember()) {
      if (count++ == limits.maxArrayLength()) {
        problem("format.json.too-many-elements", Map.of("limit", Integer.toString(limits.maxArrayLength())));
        skip();
        continue;
      }
      K k = key.apply(n);
      V v = value.get();
      if (k != null && v != null) {
        map.put(k, v);
      }
    }
    return map;
  }

  <K extends Enum<K>, V> @Nullable Map<K, V> enumMap(Class<K> keys, Supplier<@Nullable V> value) {
    Map<K, V> map = map(n -> {
      Enum<?> e = CONSTANTS.get(keys).get(n);
      if (e == null) {
        problem("format.json.invalid-key", Map.of("expected", CONSTANT_LIST.get(keys), "found", QuotedInput.quote(n)));
        return null;
      }
      return keys.cast(e);
    }, value);
    return map == null || map.isEmpty() ? map : new EnumMap<>(map);
  }

  <I> @Nullable I key(Function<String, I> of, String kind, String text) {
    try {
      return of.apply(text);
    } catch (InvalidModelException e) {
      problem("format.json.invalid-key", Map.of("expected", kind, "found", QuotedInput.quote(text)));
      return null;
    }
  }

  private void skipRestOfArray() {
    // the parser is on an element's first token; skip it and every one after, up to the array's end
    do {
      p.skipChildren();
    } while (p.nextToken() != JsonToken.END_ARRAY);
  }

  /** The elements of an array read, with the line and column each started at. */
  static final class Elements<T> extends ArrayList<T> {
    private static final long serialVersionUID = 1L;
    private int[] positions = new int[16];

    void add(T value, int line, int column) {
      int i = size() * 2;
      if (i + 1 >= positions.length) {
        positions = Arrays.copyOf(positions, positions.length * 2);
      }
      positions[i] = line;
      positions[i + 1] = column;
      add(value);
    }

    int line(int index) {
      return positions[index * 2];
    }

    int column(int index) {
      return positions[index * 2 + 1];
    }
  }
}
