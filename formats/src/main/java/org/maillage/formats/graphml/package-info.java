/**
 * GraphML (<i>GraphML</i>) in Network Canvas's conventions: {@link org.maillage.formats.graphml.GraphmlWriter}
 * writes a network for Gephi, yEd, R or Network Canvas's own tools, valid against the GraphML XSD;
 * {@link org.maillage.formats.graphml.GraphmlReader} reads GraphML as Network Canvas exports it, with a
 * {@link org.maillage.formats.graphml.GraphmlMapping} from its node types, edge types and attributes to the
 * model, and reports whatever it could not map ({@link org.maillage.formats.graphml.GraphmlImport#unmapped()}).
 * {@link org.maillage.formats.graphml.TerritoryGraphmlWriter} and
 * {@link org.maillage.formats.graphml.TerritoryGraphmlReader} write and read the inter-organisation graph of a
 * territory ({@link org.maillage.analysis.TerritoryGraph}) in the same conventions.
 *
 * <p>Unless otherwise noted, passing {@code null} to any method of this package throws a
 * {@link java.lang.NullPointerException}.
 *
 * @since 0.1
 */
@org.jspecify.annotations.NullMarked
package org.maillage.formats.graphml;
