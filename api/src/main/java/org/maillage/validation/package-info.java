/**
 * Validation (<i>validation</i>): the rule SPI, findings, reports and settings.
 *
 * <p>A {@link org.maillage.validation.Rule} reads a network and returns
 * {@link org.maillage.validation.Finding}s: data (rule id, severity, a structured subject path, a message key
 * with named arguments), never rendered text. The engine that runs rules lives in {@code org.maillage.core};
 * this package only states the contract, so a case system can write its own rules against the API alone.
 *
 * <p>The design follows Jakarta Validation (a violation keeps its message template apart from the rendered
 * message and carries a structured path) without its expression language or string-keyed contexts.
 *
 * @since 0.1
 */
@org.maillage.MaillageStyle
@org.jspecify.annotations.NullMarked
package org.maillage.validation;
