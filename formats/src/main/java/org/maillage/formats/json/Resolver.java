package org.maillage.formats.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns the field path of a {@link org.maillage.ModelProblem} ({@code ties[t-1].first}) into a JSON Pointer
 * inside the object refused ({@code /ties/3/first}) and the position of the element named: an element named by
 * its id is found among the elements read; a repeated id names its second occurrence, the one to fix.
 *
 * <p>Not thread-safe: one per object refused.
 */
final class Resolver {
  /** A place inside the object: the pointer's tail, and a position (line 0 when unknown). */
  static final class Place {
    final String pointer;
    final int line;
    final int column;

    Place(String pointer, int line, int column) {
      this.pointer = pointer;
      this.line = line;
      this.column = column;
    }
  }

  private final Map<String, JsonInput.Elements<?>> lists = new HashMap<>();
  private final Map<String, Function<Object, String>> ids = new HashMap<>();
  private final Map<String, int[]> members = new HashMap<>();

  void member(String name, int line, int column) {
    members.put(name, new int[] {line, column});
  }

  <T> void list(String name, JsonInput.@Nullable Elements<T> elements, @Nullable Function<T, String> id) {
    if (elements == null) {
      return;
    }
    lists.put(name, elements);
    if (id != null) {
      @SuppressWarnings("unchecked") // the function reads the elements of this very list
      Function<Object, String> f = (Function<Object, String>) id;
      ids.put(name, f);
    }
  }

  @Nullable Place resolve(String field) {
    int end = segmentEnd(field, 0);
    String first = field.substring(0, end);
    int bracket = first.indexOf('[');
    String name = bracket < 0 ? first : first.substring(0, bracket);
    int[] at = members.getOrDefault(name, new int[2]);
    if (bracket < 0) {
      return new Place("/" + JsonInput.escape(name) + fieldPointer(field.substring(end)), at[0], at[1]);
    }
    String key = first.substring(bracket + 1, first.length() - 1);
    JsonInput.Elements<?> elements = lists.get(name);
    int index = elements == null ? -1 : indexOf(name, elements, key);
    if (index < 0) {
      return new Place("/" + JsonInput.escape(name), at[0], at[1]);
    }
    return new Place("/" + JsonInput.escape(name) + "/" + index + fieldPointer(field.substring(end)),
        elements.line(index), elements.column(index));
  }

  private int indexOf(String name, List<?> elements, String key) {
    Function<Object, String> id = ids.get(name);
    if (id == null) {
      return numeric(key) && Integer.parseInt(key) < elements.size() ? Integer.parseInt(key) : -1;
    }
    int first = -1;
    for (int i = 0; i < elements.size(); i++) {
      if (key.equals(id.apply(elements.get(i)))) {
        if (first >= 0) {
          return i;
        }
        first = i;
      }
    }
    return first;
  }

  /** The pointer of a field path, {@code .a[3].b} giving {@code /a/3/b}; it stops before a bracket holding an id. */
  static String fieldPointer(String field) {
    StringBuilder s = new StringBuilder();
    int i = field.startsWith(".") ? 1 : 0;
    while (i < field.length()) {
      int end = segmentEnd(field, i);
      String segment = field.substring(i, end);
      int bracket = segment.indexOf('[');
      if (bracket < 0) {
        s.append('/').append(JsonInput.escape(segment));
      } else {
        s.append('/').append(JsonInput.escape(segment.substring(0, bracket)));
        String key = segment.substring(bracket + 1, segment.length() - 1);
        if (!numeric(key)) {
          return s.toString();
        }
        s.append('/').append(key);
      }
      i = end + 1;
    }
    return s.toString();
  }

  /** The end of the segment starting at {@code from}: the next dot outside brackets, or the end. */
  private static int segmentEnd(String field, int from) {
    boolean inBracket = false;
    for (int i = from; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '[') {
        inBracket = true;
      } else if (c == ']') {
        inBracket = false;
      } else if (c == '.' && !inBracket) {
        return i;
      }
    }
    return field.length();
  }

  private static boolean numeric(String key) {
    if (key.isEmpty() || key.length() > 9) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
