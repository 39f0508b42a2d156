/**
 * The standard rule catalogue of DOMAIN.md §2 (<i>catalogue de règles</i>), one sub-package per rule family;
 * internal to the engine, not exported. Obtain the rules through {@code Validator.standard()}.
 */
@org.jspecify.annotations.NullMarked
package org.maillage.core.rules;
