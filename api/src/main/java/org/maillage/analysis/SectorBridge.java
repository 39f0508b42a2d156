package org.maillage.analysis;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.OrganisationId;
import org.maillage.member.Sector;

/**
 * An organisation that bridges sectors (<i>organisation passerelle entre secteurs</i>): tied to organisations of at
 * least two sectors other than its own (a liaison, in Gould and Fernandez's terms), such as a social service working
 * with a school and a hospital.
 *
 * <p>Neighbours whose sector is not recorded are not counted; an organisation whose own sector is not recorded
 * bridges when its neighbours span two sectors. This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class SectorBridge {
  SectorBridge() {}

  /**
   * Returns the organisation.
   *
   * @return its id
   */
  public abstract OrganisationId organisation();

  /**
   * Returns its own sector.
   *
   * @return the sector, or empty when not recorded
   */
  public abstract Optional<Sector> sector();

  /**
   * Returns the other sectors it is tied to.
   *
   * @return two sectors or more, in the order of {@link Sector}
   */
  public abstract ImmutableSet<Sector> sectors();

  @Value.Check
  void check() {
    if (sectors().size() < 2 || (sector().isPresent() && sectors().contains(sector().get()))) {
      throw new IllegalArgumentException("SectorBridge.sectors: " + sectors() + " of " + organisation()
          + "; give two sectors or more, other than the organisation's own");
    }
  }

  /**
   * Returns a new builder, for the engine and for tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SectorBridge}; not thread-safe. */
  public static final class Builder extends ImmutableSectorBridge.Builder {
    Builder() {}
  }
}
