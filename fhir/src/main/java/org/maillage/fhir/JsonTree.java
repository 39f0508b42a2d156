package org.maillage.fhir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * A small JSON tree that remembers which members the mapping read, so that every member it did not read is
 * reported by path. Parsed with Jackson's streaming parser; linear in the document.
 */
final class JsonTree {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(256L * 1024 * 1024)
          .maxNestingDepth(100)
          .maxStringLength(1_000_000)
          .maxNumberLength(64)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private JsonTree() {}

  /** A JSON object with its FHIRPath-like path and the members read. */
  static final class Obj {
    final String path;
    final Map<String, Object> members = new LinkedHashMap<>();
    final Set<String> read = new HashSet<>();

    Obj(String path) {
      this.path = path;
    }

    @Nullable Object get(String name) {
      read.add(name);
      return members.get(name);
    }

    @Nullable String str(String name) {
      Object v = get(name);
      return v instanceof String s ? s : null;
    }

    @Nullable Obj obj(String name) {
      Object v = get(name);
      return v instanceof Obj o ? o : null;
    }

    List<Object> arr(String name) {
      Object v = get(name);
      return v instanceof Arr a ? a.items : List.of();
    }

    List<Obj> objs(String name) {
      List<Object> items = arr(name);
      List<Obj> out = new ArrayList<>(items.size());
      for (Object o : items) {
        if (o instanceof Obj obj) {
          out.add(obj);
        }
      }
      return out;
    }

    /** Marks the whole subtree read. */
    void consume() {
      read.addAll(members.keySet());
      for (Object v : members.values()) {
        consumeValue(v);
      }
    }

    boolean touched() {
      return !read.isEmpty();
    }
  }

  /** A JSON array with its path. */
  static final class Arr {
    final String path;
    final List<Object> items = new ArrayList<>();

    Arr(String path) {
      this.path = path;
    }
  }

  static void consumeValue(@Nullable Object v) {
    if (v instanceof Obj o) {
      o.consume();
    } else if (v instanceof Arr a) {
      for (Object i : a.items) {
        consumeValue(i);
      }
    }
  }

  /** Every member not read under a read member, by path, in document order. */
  static void unread(Object node, List<String> out) {
    if (node instanceof Obj o) {
      for (Map.Entry<String, Object> e : o.members.entrySet()) {
        if (!o.read.contains(e.getKey())) {
          out.add(o.path + "." + e.getKey());
        } else {
          unread(e.getValue(), out);
        }
      }
    } else if (node instanceof Arr a) {
      for (Object i : a.items) {
        unread(i, out);
      }
    }
  }

  /** Parses a document; a syntax error becomes a {@link FhirException}. */
  static Object parse(String json, String rootPath) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw syntax(p.currentLocation());
      }
      Object root = value(p, t, rootPath);
      if (p.nextToken() != null) {
        throw syntax(p.currentLocation());
      }
      return root;
    } catch (JacksonException e) {
      throw syntax(e.getLocation());
    }
  }

  private static FhirException syntax(@Nullable TokenStreamLocation at) {
    String line = at == null ? "0" : Integer.toString(Math.max(0, at.getLineNr()));
    String column = at == null ? "0" : Integer.toString(Math.max(0, at.getColumnNr()));
    return new FhirException(List.of(FhirIssue.of("Bundle", "fhir.import.syntax",
        Map.of("line", line, "column", column))));
  }

  private static Object value(JsonParser p, JsonToken t, String path) {
    switch (t) {
      case START_OBJECT: {
        Obj o = new Obj(path);
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String name = p.currentName();
          o.members.put(name, value(p, p.nextToken(), path + "." + name));
        }
        return o;
      }
      case START_ARRAY: {
        Arr a = new Arr(path);
        int i = 0;
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          a.items.add(value(p, n, path + "[" + i++ + "]"));
        }
        return a;
      }
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return JsonTree.class;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new StringBuilder(p.getString());
      default:
        return p.getString();
    }
  }
}
