package org.maillage.internal;

import java.util.Optional;

/** Finds which model type a generated builder is building, for the messages of its failures. */
final class GeneratedCode {
  private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private GeneratedCode() {}

  /**
   * Returns the simple name of the abstract model type whose generated code is on the stack, nearest first:
   * the generated {@code ImmutableX} (or its builder) extends {@code X}. Generated code calls the failure's
   * constructor with the attribute's name only, so the type is read here, on the failure path alone.
   */
  static String typeBeingBuilt() {
    return WALKER.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
            .map(GeneratedCode::abstractType).flatMap(Optional::stream).findFirst())
        .orElse("model value");
  }

  private static Optional<String> abstractType(Class<?> frame) {
    Class<?> top = frame;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    Class<?> parent = top.getSuperclass();
    boolean generated = top.getSimpleName().startsWith("Immutable") && top.getPackageName().startsWith("org.maillage")
        && parent != null && parent.getSimpleName().equals(top.getSimpleName().substring("Immutable".length()));
    return generated ? Optional.of(parent.getSimpleName()) : Optional.empty();
  }
}
