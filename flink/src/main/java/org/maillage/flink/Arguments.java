package org.maillage.flink;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --name value} arguments of the module's programs. Immutable and thread-safe once parsed. */
final class Arguments {
  private final Map<String, String> values;

  private Arguments(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  static Arguments parse(String[] args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Arguments: expected --name value pairs, got '" + String.join(" ", args)
            + "'");
      }
      values.put(args[i].substring(2), args[i + 1]);
    }
    return new Arguments(values);
  }

  String required(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("Arguments: --" + name + " is missing; give --" + name + " <value>");
    }
    return value;
  }

  String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }
}
