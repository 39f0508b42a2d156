package org.maillage.formats.pseudonym;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.maillage.Disclosure;

/**
 * Reads the {@link Disclosure} an accessor of the model declares, so that the transform withholds a text
 * because the model says it is personal or free text, not because this package lists it.
 *
 * <p>Thread-safe: the answers are cached in a concurrent map.
 */
final class Disclosures {
  private static final Map<String, Boolean> WITHHELD = new ConcurrentHashMap<>();

  private Disclosures() {}

  /**
   * Tells whether the model withholds an accessor's text: true for personal data and free text, and for an
   * accessor that declares no classification (an unclassified text is treated as personal).
   *
   * @param type the model type declaring or inheriting the accessor
   * @param accessor the accessor's name
   * @return true when the text must not leave the transform
   */
  static boolean isWithheld(Class<?> type, String accessor) {
    return WITHHELD.computeIfAbsent(type.getName() + '#' + accessor, k -> read(type, accessor));
  }

  private static boolean read(Class<?> type, String accessor) {
    Disclosure found = find(type, accessor);
    return found == null || found.value().isWithheld();
  }

  private static Disclosure find(Class<?> type, String accessor) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Disclosure d = declared(c, accessor);
      if (d != null) {
        return d;
      }
      for (Class<?> i : c.getInterfaces()) {
        Disclosure fromInterface = find(i, accessor);
        if (fromInterface != null) {
          return fromInterface;
        }
      }
    }
    return type.isInterface() ? declared(type, accessor) : null;
  }

  private static Disclosure declared(Class<?> c, String accessor) {
    try {
      Method m = c.getDeclaredMethod(accessor);
      return m.getAnnotation(Disclosure.class);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
