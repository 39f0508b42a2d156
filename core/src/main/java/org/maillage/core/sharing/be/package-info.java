/**
 * The Belgian information-sharing decision of DOMAIN.md §4 "Belgium" (<i>décision de partage, droit belge;
 * beslissing over informatiedeling, Belgisch recht</i>): seven regimes tried in order, one class each
 * ({@code TestimonyOrTextRegime}, {@code ProsecutorReportRegime}, {@code CaseConsultationRegime},
 * {@code StateOfNecessityRegime}, {@code YouthAidRegime} with its FWB and Flemish variants,
 * {@code SharedProfessionalSecrecyRegime}, {@code NoJustificationRegime}), each step a named method, in the order
 * of the text, over the engine every jurisdiction shares ({@code org.maillage.core.sharing}); internal to the
 * engine, not exported. Obtain the policy through {@code org.maillage.core.SharingPolicies.belgium()}, or
 * {@code belgium(BelgianSettings)}.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this package throws a
 * {@link java.lang.NullPointerException}.
 */
@org.jspecify.annotations.NullMarked
package org.maillage.core.sharing.be;
