package org.maillage.internal;

import com.google.common.collect.ImmutableList;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;

/**
 * The failure of a generated builder's {@code build()} when required attributes are not set: an
 * {@link InvalidModelException} with one problem per missing attribute. Named in {@code MaillageStyle}
 * ({@code throwForInvalidImmutableState}); Immutables calls the constructor with the attributes' names, or,
 * when default initialisers call each other in a cycle (a defect of the model's code), with its own message.
 */
public final class MissingAttributesException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param attributes the names of the required attributes not set, as Immutables gives them
   */
  public MissingAttributesException(String... attributes) {
    super(problems(GeneratedCode.typeBeingBuilt(), attributes));
  }

  private static ImmutableList<ModelProblem> problems(String type, String... attributes) {
    if (attributes.length == 1 && attributes[0].indexOf(' ') >= 0) {
      // Immutables' own message for initialisers that call each other: a defect of the model, not of the input
      return ImmutableList.of(ModelProblem.of(type, "", attributes[0] + "; this is a defect of Maillage, report it"));
    }
    ImmutableList.Builder<ModelProblem> problems = ImmutableList.builderWithExpectedSize(attributes.length);
    for (String attribute : attributes) {
      problems.add(ModelProblem.of(type, attribute, "is required and was not set; call "
          + attribute + "(...) on the builder before build()"));
    }
    return problems.build();
  }
}
