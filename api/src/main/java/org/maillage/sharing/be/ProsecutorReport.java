package org.maillage.sharing.be;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a report to the public prosecutor records (<i>signalement au procureur du Roi</i>, Code pénal 458bis): the
 * offence's category, the victim's ground of vulnerability, the branch of danger, and whether the sender recorded
 * why they cannot protect the person alone or with the help of others. Each is recorded or not; an empty value is
 * "not recorded", never "no".
 *
 * <p>This class is immutable and thread-safe; it holds no text.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class ProsecutorReport {
  ProsecutorReport() {}

  /**
   * Returns the offence's category.
   *
   * @return the category ({@link OffenceCategory#NOT_ON_LIST} off the list), or empty when not recorded
   */
  public abstract Optional<OffenceCategory> offence();

  /**
   * Returns the victim's ground of vulnerability.
   *
   * @return the ground ({@link VictimVulnerability#NONE} for none), or empty when not recorded
   */
  public abstract Optional<VictimVulnerability> vulnerability();

  /**
   * Returns the branch of danger.
   *
   * @return the branch ({@link DangerBranch#NONE} for neither), or empty when not recorded
   */
  public abstract Optional<DangerBranch> danger();

  /**
   * Tells whether the sender recorded why they cannot protect the person's integrity alone or with others' help.
   *
   * @return true or false as recorded, or empty when not recorded
   */
  public abstract Optional<Boolean> unableToProtectAlone();

  /**
   * Tells whether the sender is a lawyer reporting a client who is the author (Constitutional Court 127/2013).
   *
   * @return false by default
   */
  @Value.Default
  public boolean lawyerReportingClient() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProsecutorReport}; not thread-safe. */
  public static final class Builder extends ImmutableProsecutorReport.Builder {
    Builder() {}
  }
}
