package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * A kind of fact a sharing decision reads and that a record may leave unrecorded (<i>fait à renseigner</i>):
 * one of the {@link CommonFact facts of the generic model}, or of a jurisdiction's own, such as
 * {@link org.maillage.sharing.fr.FrenchFact}. Named by a {@link MissingFact} of an
 * {@link SharingOutcome#INCOMPLETE incomplete} decision.
 *
 * <p>Implementations are enumerations: immutable and thread-safe.
 *
 * @since 0.2
 */
public interface FactKind extends Labelled {}
