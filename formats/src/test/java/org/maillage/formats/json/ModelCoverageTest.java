package org.maillage.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.maillage.network.Network;
import org.maillage.sharing.ProfessionalCategory;
import org.maillage.testing.ModelTypes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * No field of the model can be dropped silently by the format: every attribute of every model type reached
 * from {@link Network} (found by reflection, so a field added to the model is found too) is filled in
 * {@link FullNetwork}, whose round trip is equal; and every such attribute is a property of the type's
 * definition in the schema. A new field fails this test until the writer, the reader, the schema and the
 * fixture carry it.
 */
class ModelCoverageTest {
  /**
   * The values of the model that are final classes made by factories (no builder, no abstract accessor), with
   * the accessors that make them; a new one fails {@link #every_value_type_is_known_to_the_walk}.
   */
  private static final Map<String, Set<String>> FINAL_VALUES = Map.of(
      "Period", Set.of("start", "end"),
      "LegalReference", Set.of("jurisdiction", "code", "article", "validity"));

  /** The attributes of each model type reached from Network, by type name. */
  private static final Map<String, Set<String>> ATTRIBUTES = attributesReached();

  @Test
  void every_attribute_of_every_model_type_is_filled_by_the_fixture() {
    // given
    Network network = FullNetwork.network();
    Map<String, Set<String>> filled = new TreeMap<>();
    Map<String, Set<Boolean>> booleans = new TreeMap<>();

    // when
    walk(network, filled, booleans, new IdentityHashMap<>());
    walk(FullNetwork.flipped(), new TreeMap<>(), booleans, new IdentityHashMap<>());

    // then
    for (Map.Entry<String, Set<String>> type : ATTRIBUTES.entrySet()) {
      assertThat(filled.getOrDefault(type.getKey(), Set.of()))
          .as("attributes of %s filled by FullNetwork; fill the others and map them in ModelWriter, "
              + "ModelReader and the schema", type.getKey())
          .containsAll(type.getValue());
    }
    assertThat(booleans).allSatisfy((attribute, values) -> assertThat(values)
        .as("values of %s met in FullNetwork", attribute).containsExactlyInAnyOrder(true, false));
  }

  @Test
  void the_fixture_is_read_back_equal() {
    // given
    Network network = FullNetwork.network();
    Network flipped = FullNetwork.flipped();

    // when
    Network read = NetworkJsonReader.create().read(NetworkJsonWriter.create().write(network));
    Network readFlipped = NetworkJsonReader.create().read(NetworkJsonWriter.create().write(flipped));

    // then
    assertThat(read).isEqualTo(network);
    assertThat(readFlipped).isEqualTo(flipped);
  }

  @Test
  void every_attribute_is_a_property_of_its_definition_in_the_schema() throws IOException {
    // given
    JsonNode defs;
    try (InputStream in = JsonFormat.schema()) {
      defs = new ObjectMapper().readTree(in).get("$defs");
    }

    // when
    Map<String, Set<String>> inSchema = new TreeMap<>();
    for (String type : ATTRIBUTES.keySet()) {
      JsonNode def = defs.get(type);
      for (JsonNode category : defs.get("ProfessionalCategory").get("oneOf")) {
        if (category.get("properties").get(JsonNames.TYPE).get("const").stringValue().equals(type)) {
          def = category;
        }
      }
      assertThat(def).as("definition of %s in the schema", type).isNotNull();
      Set<String> properties = new TreeSet<>();
      def.get("properties").propertyNames().forEach(properties::add);
      properties.remove(JsonNames.TYPE);
      inSchema.put(type, properties);
    }

    // then
    assertThat(inSchema).isEqualTo(ATTRIBUTES);
  }

  @Test
  void the_walk_reaches_the_model_types_it_should() {
    // given
    Set<String> modelTypes = new TreeSet<>();
    ModelTypes.all().forEach(t -> modelTypes.add(t.getSimpleName()));

    // then
    assertThat(ATTRIBUTES.keySet()).contains("Network", "Person", "Professional", "FrenchStanding",
        "SocialActionTrigger", "InformationFlow", "Consent", "Period").hasSizeGreaterThan(40);
    assertThat(modelTypes).containsAll(ATTRIBUTES.keySet().stream()
        .filter(t -> !FINAL_VALUES.containsKey(t) && !isCategory(t)).toList());
  }

  @Test
  void every_value_type_is_known_to_the_walk() {
    // then: a type reached has a builder, abstract accessors, or is a final value listed above
    assertThat(ATTRIBUTES).allSatisfy((type, attributes) -> assertThat(attributes)
        .as("attributes of %s; a final value class needs its accessors in FINAL_VALUES", type).isNotEmpty());
  }

  private static boolean isCategory(String simpleName) {
    return ATTRIBUTES.get(simpleName) != null && ATTRIBUTES.get(simpleName).equals(Set.of("value"));
  }

  // ---- reflection

  /** The model types reached from Network through attributes, with their attributes. */
  private static Map<String, Set<String>> attributesReached() {
    Map<String, Set<String>> result = new TreeMap<>();
    List<Class<?>> queue = new ArrayList<>(List.of(Network.class));
    while (!queue.isEmpty()) {
      Class<?> type = queue.remove(0);
      if (result.containsKey(type.getSimpleName())) {
        continue;
      }
      if (type.isSealed()) {
        queue.addAll(List.of(type.getPermittedSubclasses()));
        continue;
      }
      if (type.isInterface() && !type.isSealed()) {
        // an open interface of the model (ProfessionalStanding, JurisdictionFact): its implementations in the api
        for (Class<?> t : ModelTypes.all()) {
          if (type.isAssignableFrom(t) && t != type) {
            queue.add(t);
          }
        }
        continue;
      }
      if (type.isEnum()) {
        if (ProfessionalCategory.class.isAssignableFrom(type)) {
          result.put(type.getSimpleName(), new TreeSet<>(Set.of("value")));
        }
        continue;
      }
      Map<String, Method> attributes = attributes(type);
      result.put(type.getSimpleName(), new TreeSet<>(attributes.keySet()));
      for (Method m : attributes.values()) {
        for (Class<?> c : typesIn(m.getGenericReturnType())) {
          if (c.getName().startsWith("org.maillage.") && !isLeaf(c)) {
            queue.add(c);
          }
        }
      }
    }
    return result;
  }

  private static boolean isLeaf(Class<?> c) {
    return c.getSimpleName().endsWith("Id") || c.getSimpleName().equals("LifeSphere")
        || c.isEnum() && !ProfessionalCategory.class.isAssignableFrom(c);
  }

  /** The attributes of a model type: what its builder sets, or what its factories take (abstract accessors). */
  private static Map<String, Method> attributes(Class<?> type) {
    Map<String, Method> accessors = new TreeMap<>();
    Set<String> settable = null;
    try {
      Method builder = type.getMethod("builder");
      if (Modifier.isStatic(builder.getModifiers())) {
        settable = new TreeSet<>();
        for (Method m : builder.getReturnType().getMethods()) {
          if (m.getParameterCount() == 1) {
            settable.add(m.getName());
          }
        }
      }
    } catch (NoSuchMethodException e) {
      // a value made by factories
    }
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
          || m.getName().equals("hashCode") || m.getName().equals("toString")) {
        continue;
      }
      boolean attribute = settable != null ? settable.contains(m.getName())
          : FINAL_VALUES.containsKey(type.getSimpleName())
              ? FINAL_VALUES.get(type.getSimpleName()).contains(m.getName())
              : Modifier.isAbstract(m.getModifiers());
      if (attribute) {
        accessors.put(m.getName(), m);
      }
    }
    return accessors;
  }

  private static List<Class<?>> typesIn(java.lang.reflect.Type t) {
    List<Class<?>> result = new ArrayList<>();
    if (t instanceof Class<?> c) {
      result.add(c);
    } else if (t instanceof java.lang.reflect.ParameterizedType p) {
      for (java.lang.reflect.Type a : p.getActualTypeArguments()) {
        result.addAll(typesIn(a));
      }
    } else if (t instanceof java.lang.reflect.WildcardType w) {
      for (java.lang.reflect.Type a : w.getUpperBounds()) {
        result.addAll(typesIn(a));
      }
    }
    return result;
  }

  /** Records, for each model value reached, the attributes it fills and the values of its booleans. */
  private static void walk(Object value, Map<String, Set<String>> filled, Map<String, Set<Boolean>> booleans,
      IdentityHashMap<Object, Boolean> seen) {
    if (seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    Class<?> type = modelType(value.getClass());
    if (type == null) {
      return;
    }
    String name = type.getSimpleName();
    if (value instanceof Enum<?>) {
      if (value instanceof ProfessionalCategory) {
        filled.computeIfAbsent(name, k -> new TreeSet<>()).add("value");
      }
      return;
    }
    Map<String, Method> attributes = attributes(type);
    for (Map.Entry<String, Method> a : attributes.entrySet()) {
      Object v;
      try {
        v = a.getValue().invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError(name + "." + a.getKey() + " cannot be read", e);
      }
      if (v instanceof Boolean b) {
        booleans.computeIfAbsent(name + "." + a.getKey(), k -> new TreeSet<>()).add(b);
      }
      if (isFilled(v)) {
        filled.computeIfAbsent(name, k -> new TreeSet<>()).add(a.getKey());
      }
      for (Object inner : inside(v)) {
        walk(inner, filled, booleans, seen);
      }
    }
  }

  private static boolean isFilled(Object v) {
    if (v instanceof Optional<?> o) {
      return o.isPresent();
    }
    if (v instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return true;
  }

  private static List<Object> inside(Object v) {
    List<Object> result = new ArrayList<>();
    if (v instanceof Optional<?> o) {
      o.ifPresent(x -> result.addAll(inside(x)));
    } else if (v instanceof Collection<?> c) {
      c.forEach(x -> result.addAll(inside(x)));
    } else if (v instanceof Map<?, ?> m) {
      m.forEach((k, x) -> {
        result.addAll(inside(k));
        result.addAll(inside(x));
      });
    } else {
      result.add(v);
    }
    return result;
  }

  /** The public model type of a value: itself or the public abstract type its generated class extends. */
  private static Class<?> modelType(Class<?> c) {
    if (!c.getName().startsWith("org.maillage.")) {
      return null;
    }
    if (c.isEnum() || Modifier.isPublic(c.getModifiers()) && !c.getSimpleName().startsWith("Immutable")) {
      return c;
    }
    Class<?> s = c.getSuperclass();
    if (s != null && s != Object.class) {
      return modelType(s);
    }
    Map<String, Class<?>> interfaces = new LinkedHashMap<>();
    for (Class<?> i : c.getInterfaces()) {
      interfaces.put(i.getName(), i);
    }
    return interfaces.values().stream().findFirst().orElse(null);
  }
}
