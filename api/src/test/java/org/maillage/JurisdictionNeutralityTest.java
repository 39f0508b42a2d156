package org.maillage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.maillage.member.Professional;

/**
 * The api's generic types know no country (<i>neutralité juridictionnelle</i>): no public method or field of a
 * type outside a jurisdiction's package ({@code org.maillage.sharing.fr}, later {@code .be}) takes or returns a
 * type of such a package. Each jurisdiction's legal facts are attached through jurisdiction-neutral interfaces
 * ({@code JurisdictionFact}, {@code ProfessionalStanding}, {@code ProfessionalCategory}).
 */
class JurisdictionNeutralityTest {

  @Test
  void noGenericTypeNamesAJurisdictionsTypeInItsPublicSignatures() throws Exception {
    // given every class the api compiles
    List<Class<?>> generic = new ArrayList<>();
    int jurisdictional = 0;
    for (Class<?> type : apiClasses()) {
      if (isJurisdictional(type)) {
        jurisdictional++;
      } else {
        generic.add(type);
      }
    }

    // when every public signature of the generic ones is read
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : generic) {
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
          List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
          types.add(m.getGenericReturnType());
          types.stream().filter(JurisdictionNeutralityTest::names).forEach(t -> leaks.add(type.getName() + "#"
              + m.getName() + " names " + t.getTypeName()));
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isPublic(f.getModifiers()) && names(f.getGenericType())) {
          leaks.add(type.getName() + "." + f.getName() + " names " + f.getGenericType().getTypeName());
        }
      }
    }

    // then none names a jurisdiction's type, and the scan did see both kinds
    assertThat(generic).hasSizeGreaterThan(100);
    assertThat(jurisdictional).isGreaterThan(5);
    assertThat(leaks).isEmpty();
  }

  private static boolean isJurisdictional(Class<?> type) {
    return type.getPackageName().startsWith("org.maillage.sharing.");
  }

  private static boolean names(Type type) {
    if (type instanceof Class<?> c) {
      return c.isArray() ? names(c.getComponentType()) : isJurisdictional(c);
    }
    if (type instanceof ParameterizedType p) {
      return names(p.getRawType()) || Stream.of(p.getActualTypeArguments()).anyMatch(JurisdictionNeutralityTest::names);
    }
    if (type instanceof WildcardType w) {
      return Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
          .anyMatch(JurisdictionNeutralityTest::names);
    }
    return false;
  }

  private static List<Class<?>> apiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Professional.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString();
        if (name.endsWith(".class") && !name.equals("module-info.class")) {
          classes.add(Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.')
              .replace('\\', '.'), false, JurisdictionNeutralityTest.class.getClassLoader()));
        }
      }
    }
    return classes;
  }
}
