package org.maillage.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.maillage.Disclosure;

/**
 * The model types of the api, found by reading its classes, and their text accessors with the
 * {@link Disclosure} each declares: what the classification test and the privacy markers read.
 *
 * <p>A model type is a public abstract class or interface of an {@code org.maillage} package of the api
 * (annotations, enumerations, generated {@code Immutable*} classes and the unexported {@code internal}
 * package aside). A text accessor is a public, non-static method without parameters, declared by the type,
 * whose result is text: a {@link CharSequence}, an {@code Optional}, a collection or a map of text.
 */
public final class ModelTypes {
  private ModelTypes() {}

  /**
   * Returns every model type of the api, in name order.
   *
   * @return the types, never empty when the api's classes are found
   */
  public static List<Class<?>> all() {
    Path root = codeSource();
    List<Class<?>> types = new ArrayList<>();
    try {
      if (Files.isDirectory(root)) {
        collect(root, types);
      } else {
        try (FileSystem jar = FileSystems.newFileSystem(root)) {
          collect(jar.getPath("/"), types);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  private static Path codeSource() {
    try {
      return Path.of(Disclosure.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(Path root, List<Class<?>> types) throws IOException {
    Path base = root.resolve("org").resolve("maillage");
    try (Stream<Path> files = Files.walk(base)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (!relative.endsWith(".class") || relative.contains("$") || relative.contains("/internal/")
            || relative.endsWith("module-info.class") || relative.endsWith("package-info.class")
            || file.getFileName().toString().startsWith("Immutable")) {
          continue;
        }
        Class<?> type = load(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
        if (isModelType(type)) {
          types.add(type);
        }
      }
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Disclosure.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isModelType(Class<?> type) {
    return Modifier.isPublic(type.getModifiers()) && !type.isAnnotation() && !type.isEnum()
        && (type.isInterface() || Modifier.isAbstract(type.getModifiers()));
  }

  /**
   * Returns the text accessors a type declares, in name order.
   *
   * @param type a model type
   * @return its text accessors
   */
  public static List<Method> textAccessors(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
          && !m.isBridge() && m.getParameterCount() == 0 && !m.getName().equals("toString")
          && isText(m.getGenericReturnType())) {
        accessors.add(m);
      }
    }
    accessors.sort(Comparator.comparing(Method::getName));
    return accessors;
  }

  /**
   * Tells whether a type is text or holds text: a {@link CharSequence}, or an {@code Optional}, an
   * {@code Iterable} or a {@code Map} with a text type argument.
   *
   * @param type a declared type
   * @return true for text
   */
  public static boolean isText(Type type) {
    if (type instanceof Class<?>) {
      return CharSequence.class.isAssignableFrom((Class<?>) type);
    }
    if (type instanceof WildcardType) {
      for (Type bound : ((WildcardType) type).getUpperBounds()) {
        if (isText(bound)) {
          return true;
        }
      }
      return false;
    }
    if (type instanceof ParameterizedType) {
      Type raw = ((ParameterizedType) type).getRawType();
      if (raw == Optional.class || raw instanceof Class<?> && (Iterable.class.isAssignableFrom((Class<?>) raw)
          || Map.class.isAssignableFrom((Class<?>) raw))) {
        for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
          if (isText(argument)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Returns the classification an accessor declares.
   *
   * @param accessor a text accessor
   * @return its kind, or empty when it is not classified
   */
  public static Optional<Disclosure.Kind> kindOf(Method accessor) {
    Disclosure disclosure = accessor.getAnnotation(Disclosure.class);
    return disclosure == null ? Optional.empty() : Optional.of(disclosure.value());
  }

  /**
   * Returns the text accessors of some types that declare no classification, as {@code Type.accessor}.
   *
   * @param types model types
   * @return the unclassified accessors, empty when every one is classified
   */
  public static List<String> unclassified(List<Class<?>> types) {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : types) {
      for (Method m : textAccessors(type)) {
        if (kindOf(m).isEmpty()) {
          missing.add(type.getSimpleName() + "." + m.getName());
        }
      }
    }
    return missing;
  }

  /**
   * Returns every accessor the model keeps out of what it writes (personal or free text), as
   * {@code Type.accessor}, for the abstract classes of the model (an interface's accessor is counted on each
   * class implementing it).
   *
   * @return the withheld accessors, in type then name order
   */
  public static List<String> withheld() {
    List<String> withheld = new ArrayList<>();
    for (Class<?> type : all()) {
      if (type.isInterface()) {
        continue;
      }
      for (Method m : textAccessors(type)) {
        if (kindOf(m).map(Disclosure.Kind::isWithheld).orElse(false)) {
          withheld.add(type.getSimpleName() + "." + m.getName());
        }
      }
    }
    return withheld;
  }
}
