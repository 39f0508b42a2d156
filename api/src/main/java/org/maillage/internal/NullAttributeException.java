package org.maillage.internal;

/**
 * The failure of a generated builder or factory given {@code null}: a {@link NullPointerException}, as the
 * model's null policy says, whose message names the type and the attribute. Named in {@code MaillageStyle}
 * ({@code throwForNullPointer}); Immutables calls the constructor with the attribute's name.
 */
public final class NullAttributeException extends NullPointerException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param attribute the attribute's name as Immutables gives it, such as {@code "sector"} or
   *     {@code "needs element"}
   */
  public NullAttributeException(String attribute) {
    super(GeneratedCode.typeBeingBuilt() + "." + attribute.replace(" element", "")
        + (attribute.endsWith(" element") ? ": an element is null" : ": is null")
        + "; null is never a value in the model: give a value, or leave an optional attribute unset");
  }
}
