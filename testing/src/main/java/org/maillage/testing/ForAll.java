package org.maillage.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter of a {@link Property} as drawn afresh for each try.
 *
 * <p>With a {@link #value()}, the values come from the method of that name in the test class (or one of its
 * interfaces, default methods included): it takes no parameter and returns a {@link Gen}. Without one, the
 * parameter's type chooses: an enumeration (each constant as likely), {@code boolean}, {@code int} or
 * {@code long} (any value, the edge values more often).
 *
 * @since 0.1
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ForAll {

  /**
   * Returns the name of the method that gives the generator, or an empty string for the type's default.
   *
   * @return the generator method's name
   */
  String value() default "";
}
