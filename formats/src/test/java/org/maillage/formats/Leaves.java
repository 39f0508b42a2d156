package org.maillage.formats;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.maillage.Disclosure;
import org.maillage.testing.ModelTypes;

/**
 * Lists the leaves of a model value by reflection on its attributes (ids, dates, enumerations, numbers, texts),
 * each as {@code path=value}, in the value's order: what two networks are compared by when ids or texts differ
 * on purpose. Attributes are the accessors with a builder setter; derived views are left out.
 *
 * <p>Test scope.
 */
public final class Leaves {
  private final Function<Object, String> ids;
  private final boolean withheldTexts;
  private final List<String> out = new ArrayList<>();

  private Leaves(Function<Object, String> ids, boolean withheldTexts) {
    this.ids = ids;
    this.withheldTexts = withheldTexts;
  }

  /**
   * Returns the leaves with ids written by a function and withheld texts left out.
   *
   * @param root a model value
   * @param ids how an id is written, for example as {@code "<id>"}
   * @return the leaves
   */
  public static List<String> of(Object root, Function<Object, String> ids) {
    Leaves leaves = new Leaves(ids, false);
    leaves.walk(root, "");
    return leaves.out;
  }

  /**
   * Returns every text reachable from a value, withheld or not, ids included.
   *
   * @param root a model value
   * @return the leaves, ids and texts as they are
   */
  public static List<String> all(Object root) {
    Leaves leaves = new Leaves(Object::toString, true);
    leaves.walk(root, "");
    return leaves.out;
  }

  /**
   * Tells whether a value is an id of the model.
   *
   * @param value a value
   * @return true for the typed ids
   */
  public static boolean isId(Object value) {
    return value instanceof Record && value.getClass().getPackageName().equals("org.maillage")
        && value.getClass().getSimpleName().endsWith("Id");
  }

  private void walk(Object value, String path) {
    if (value == null) {
      return;
    }
    if (isId(value)) {
      out.add(path + "=" + ids.apply(value));
    } else if (value instanceof String || value instanceof Enum<?> || value instanceof Number
        || value instanceof Boolean || value instanceof LocalDate) {
      out.add(path + "=" + value);
    } else if (value instanceof Optional<?>) {
      ((Optional<?>) value).ifPresent(v -> walk(v, path));
    } else if (value instanceof Map<?, ?>) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        walk(e.getKey(), path + ".key");
        walk(e.getValue(), path + ".value");
      }
    } else if (value instanceof Collection<?>) {
      int i = 0;
      for (Object element : (Collection<?>) value) {
        walk(element, path + "[" + i++ + "]");
      }
    } else if (value instanceof Record) {
      for (var c : value.getClass().getRecordComponents()) {
        walk(invoke(c.getAccessor(), value), path + "." + c.getName());
      }
    } else if (value instanceof org.maillage.Period) {
      org.maillage.Period p = (org.maillage.Period) value;
      walk(p.start(), path + ".start");
      walk(p.end(), path + ".end");
    } else {
      Class<?> type = modelType(value.getClass());
      if (type == null) {
        out.add(path + "=" + value);
        return;
      }
      List<Method> methods = new ArrayList<>();
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && !Modifier.isFinal(m.getModifiers())
            && m.getDeclaringClass() != Object.class && m.getReturnType() != void.class
            && !m.getName().equals("toString") && !m.getName().equals("hashCode") && isAttribute(type, m)) {
          methods.add(m);
        }
      }
      methods.sort(Comparator.comparing(Method::getName));
      for (Method m : methods) {
        if (!withheldTexts && ModelTypes.isText(m.getGenericReturnType())
            && ModelTypes.kindOf(m).map(Disclosure.Kind::isWithheld).orElse(true)) {
          continue;
        }
        walk(invoke(m, value), path + "." + type.getSimpleName() + "." + m.getName());
      }
    }
  }

  /** An attribute: abstract, or overridden by the generated class (a default). */
  private static boolean isAttribute(Class<?> type, Method m) {
    if (Modifier.isAbstract(m.getModifiers())) {
      return true;
    }
    try {
      Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      return generated.getDeclaredMethod(m.getName()).getDeclaringClass() == generated
          && !m.isAnnotationPresent(Deprecated.class) && !isDerived(generated, m.getName());
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return false;
    }
  }

  /** Derived and lazy attributes have no builder setter in the generated builder. */
  private static boolean isDerived(Class<?> generated, String name) {
    for (Class<?> nested : generated.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder")) {
        for (Method m : nested.getDeclaredMethods()) {
          if (m.getName().equals(name) && m.getParameterCount() == 1) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static Class<?> modelType(Class<?> runtime) {
    for (Class<?> c = runtime; c != null && c != Object.class; c = c.getSuperclass()) {
      if (Modifier.isPublic(c.getModifiers()) && c.getPackageName().startsWith("org.maillage")) {
        return c;
      }
    }
    return null;
  }

  private static Object invoke(Method m, Object target) {
    try {
      m.setAccessible(true);
      return m.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(m + " failed", e.getCause());
    }
  }
}
