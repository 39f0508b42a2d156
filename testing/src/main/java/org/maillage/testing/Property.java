package org.maillage.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 test method as a property (<i>propriété</i>): it runs {@link #tries()} times, each try with its
 * own seed and its {@link ForAll} parameters drawn afresh from their generators.
 *
 * <p>Each run of the suite draws fresh seeds. When a try fails, the failure names the property, the try, its
 * seed and the arguments drawn, and how to replay it: set the system property {@value Seeds#SEED_PROPERTY} (or
 * the environment variable {@value Seeds#SEED_VARIABLE}) to that seed, for instance
 * {@code mvn -B verify -Dmaillage.seed=-4711 -Dtest=NetworkProperties#theGraphIsConsistent
 * -Dsurefire.failIfNoSpecifiedTests=false}; every property then runs one try, with that seed.
 *
 * <p>{@link Statistics} collected during the tries are checked against their coverage requirements when the
 * tries end, and published as JUnit report entries. JUnit's {@code @BeforeEach} and {@code @AfterEach} run
 * once around all the tries of a property, not around each try.
 *
 * <pre>{@code
 * @Property(tries = 100)
 * void validatesEveryNetwork(@ForAll("networks") Network network) { ... }
 *
 * Gen<Network> networks() {
 *   return NetworkGenerators.networks();
 * }
 * }</pre>
 *
 * @since 0.1
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@ExtendWith(PropertyExtension.class)
public @interface Property {

  /** The number of tries when none is given. */
  int DEFAULT_TRIES = 200;

  /**
   * Returns the number of tries.
   *
   * @return the number of tries, at least 1
   */
  int tries() default DEFAULT_TRIES;
}
