/**
 * The primary rule family of the standard catalogue (DOMAIN.md §2); internal, not exported.
 */
@org.jspecify.annotations.NullMarked
package org.maillage.core.rules.primary;
