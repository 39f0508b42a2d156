package org.maillage.formats.pseudonym;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.maillage.FlowId;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.TieId;

/**
 * Checks the transform's result by walking the model through its public accessors, by reflection: every text
 * accessor the model classifies as personal or free text ({@link org.maillage.Disclosure}) must be empty or
 * replaced, and every id must be a pseudonym this transform gave. A model attribute added after this version
 * is thus checked without a change here: if the rewrite copied it with personal text or an original id, the
 * transform fails instead of leaking it.
 *
 * <p>Reads only public methods of the exported model types, so it works on the module path. Not thread-safe:
 * one instance per transform. Linear in the values reachable from the network.
 */
final class WithheldGuard {
  private final Pseudonyms pseudonyms;
  private final Set<String> violations = new TreeSet<>();
  private final Map<Object, Boolean> seen = new IdentityHashMap<>();

  WithheldGuard(Pseudonyms pseudonyms) {
    this.pseudonyms = pseudonyms;
  }

  /** Returns the accessors ({@code Type.accessor}) holding what the transform should have replaced. */
  Set<String> check(Object root) {
    walk(root, "Network");
    return violations;
  }

  private void walk(Object value, String where) {
    if (value == null || value instanceof String || value instanceof Enum<?> || value instanceof Number
        || value instanceof Boolean || value instanceof LocalDate || value instanceof Character) {
      return;
    }
    if (value instanceof Optional<?>) {
      ((Optional<?>) value).ifPresent(v -> walk(v, where));
      return;
    }
    if (value instanceof Collection<?>) {
      for (Object element : (Collection<?>) value) {
        walk(element, where);
      }
      return;
    }
    if (value instanceof Map<?, ?>) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        walk(e.getKey(), where);
        walk(e.getValue(), where);
      }
      return;
    }
    String prefix = idPrefix(value);
    if (prefix != null) {
      String key = ((Record) value).toString();
      if (!pseudonyms.isGiven(prefix, key)) {
        violations.add(where + " (an original id)");
      }
      return;
    }
    Class<?> type = publicModelType(value.getClass());
    if (type == null || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        walk(invoke(c.getAccessor(), value), type.getSimpleName() + "." + c.getName());
      }
      return;
    }
    for (Method m : type.getMethods()) {
      if (!isAttribute(m)) {
        continue;
      }
      String path = type.getSimpleName() + "." + m.getName();
      Object result = invoke(m, value);
      if (isText(result) && Disclosures.isWithheld(type, m.getName()) && !isEmptyOrReplaced(result, pseudonyms)) {
        violations.add(path);
      }
      walk(result, path);
    }
  }

  private static boolean isAttribute(Method m) {
    return !Modifier.isStatic(m.getModifiers()) && !Modifier.isFinal(m.getModifiers()) && m.getParameterCount() == 0
        && m.getReturnType() != void.class && m.getDeclaringClass().getName().startsWith("org.maillage.")
        && !m.getName().equals("toString") && !m.getName().equals("hashCode");
  }

  private static boolean isText(Object result) {
    if (result instanceof CharSequence) {
      return true;
    }
    if (result instanceof Optional<?>) {
      return ((Optional<?>) result).map(v -> v instanceof CharSequence).orElse(false);
    }
    if (result instanceof Collection<?>) {
      for (Object element : (Collection<?>) result) {
        return element instanceof CharSequence;
      }
    }
    return false;
  }

  private static boolean isEmptyOrReplaced(Object result, Pseudonyms pseudonyms) {
    if (result instanceof Optional<?>) {
      return ((Optional<?>) result).map(v -> isReplaced(v, pseudonyms)).orElse(true);
    }
    if (result instanceof Collection<?>) {
      for (Object element : (Collection<?>) result) {
        if (!isReplaced(element, pseudonyms)) {
          return false;
        }
      }
      return true;
    }
    return isReplaced(result, pseudonyms);
  }

  private static boolean isReplaced(Object text, Pseudonyms pseudonyms) {
    String value = text.toString();
    return value.isBlank() || pseudonyms.isGiven(Rewrite.TEXT, value);
  }

  private static String idPrefix(Object value) {
    if (value instanceof MemberId) {
      return Rewrite.MEMBER;
    }
    if (value instanceof OrganisationId) {
      return Rewrite.ORGANISATION;
    }
    if (value instanceof NetworkId) {
      return Rewrite.NETWORK;
    }
    if (value instanceof TieId) {
      return Rewrite.TIE;
    }
    if (value instanceof MeetingId) {
      return Rewrite.MEETING;
    }
    if (value instanceof FlowId) {
      return Rewrite.FLOW;
    }
    if (value instanceof ObjectiveId) {
      return Rewrite.OBJECTIVE;
    }
    if (value instanceof Record && value.getClass().getPackageName().equals("org.maillage")
        && value.getClass().getSimpleName().endsWith("Id")) {
      return "?"; // an id type this version does not know: no pseudonym was given for it, so it is reported
    }
    return null;
  }

  /** The public class or interface of the model a value is an instance of, or null outside the model. */
  private static Class<?> publicModelType(Class<?> runtime) {
    for (Class<?> c = runtime; c != null && c != Object.class; c = c.getSuperclass()) {
      if (Modifier.isPublic(c.getModifiers()) && c.getName().startsWith("org.maillage.")) {
        return c;
      }
    }
    for (Class<?> i : runtime.getInterfaces()) {
      if (Modifier.isPublic(i.getModifiers()) && i.getName().startsWith("org.maillage.")) {
        return i;
      }
    }
    return null;
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("the model accessor " + m.getDeclaringClass().getSimpleName() + "."
          + m.getName() + " cannot be read: " + e.getMessage(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the model accessor " + m.getDeclaringClass().getSimpleName() + "."
          + m.getName() + " failed", e.getCause());
    }
  }

  static List<String> list(Set<String> violations) {
    return new ArrayList<>(violations);
  }
}
