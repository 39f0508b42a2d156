package org.maillage.member;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;
import org.maillage.person.LifeSphere;

/**
 * A role or competence a professional brings to the network (<i>rôle ou compétence</i>), with the life
 * spheres it covers.
 *
 * <p>Stating them makes the complementarity of interventions readable (001).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Competence {
  Competence() {}

  /**
   * Returns the role or competence, for example "suivi budgétaire".
   *
   * @return the role, not blank
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract String role();

  /**
   * Returns the life spheres the competence covers.
   *
   * @return the spheres, possibly empty
   */
  public abstract ImmutableSet<LifeSphere> spheres();

  /**
   * Obtains a competence.
   *
   * @param role the role
   * @param spheres the spheres it covers
   * @return the competence
   * @throws InvalidModelException if the role is blank
   */
  public static Competence of(String role, LifeSphere... spheres) {
    return ImmutableCompetence.builder().role(role).addSpheres(spheres).build();
  }

  @Value.Check
  void check() {
    if (role().isBlank()) {
      throw new InvalidModelException(ModelProblem.of("Competence", "role",
          "is blank; state the role, e.g. 'suivi budgétaire'"));
    }
  }
}
