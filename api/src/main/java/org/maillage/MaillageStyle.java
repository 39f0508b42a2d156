package org.maillage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the Maillage model (<i>style des valeurs</i>).
 *
 * <p>Applied in each model package's {@code package-info.java}. The public name of a value is its abstract
 * type ({@code Network}, not {@code ImmutableNetwork}); generated classes are package-private and reached
 * only through the {@code builder()} and {@code of(...)} factories of the abstract type. Attributes have no
 * {@code get} prefix, collections are Guava immutable collections, never null, and redacted attributes are
 * left out of {@code toString()}. A builder missing a required attribute throws an
 * {@link InvalidModelException} with one {@link ModelProblem} per attribute, and a null argument a
 * {@link NullPointerException} naming the type and the attribute (the model's error and null policies, in the
 * package documentation).
 *
 * <p>This annotation is only read at compile time; it has no effect at run time.
 *
 * @since 0.1
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    strictBuilder = false,
    jdkOnly = false,
    defaults = @Value.Immutable(copy = false),
    redactedMask = "***",
    allParameters = false,
    depluralize = true,
    depluralizeDictionary = {"tie:ties", "means:means", "basis:basis"},
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    allowedClasspathAnnotations = {java.lang.Override.class},
    throwForInvalidImmutableState = org.maillage.internal.MissingAttributesException.class,
    throwForNullPointer = org.maillage.internal.NullAttributeException.class)
public @interface MaillageStyle {}
