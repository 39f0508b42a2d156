/**
 * A network as a FHIR R4 (4.0.1) transaction Bundle, shaped by the French guides, and such bundles read back
 * (<i>interopérabilité FHIR</i>).
 *
 * <p>{@link org.maillage.fhir.FhirExport} writes a network, {@link org.maillage.fhir.FhirImport} reads one
 * back; both are immutable and thread-safe, do no I/O, and need no FHIR library at run time (the JSON is
 * written and read with Jackson 3's streaming core).
 *
 * <p>The guides and versions followed (their canonical URLs are written in {@code meta.profile}):
 * <ul>
 *   <li>FR Core 2.1.0 ({@code hl7.fr.core}): {@code https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient},
 *       {@code fr-core-related-person}, {@code fr-core-practitioner}, {@code fr-core-practitioner-role},
 *       {@code fr-core-organization}; the French copies of the HL7 v3 code systems
 *       {@code https://mos.esante.gouv.fr/NOS/TRE_R216-HL7RoleCode/FHIR/TRE-R216-HL7RoleCode} (relationship)
 *       and {@code https://mos.esante.gouv.fr/NOS/TRE_R260-HL7RoleClass/FHIR/TRE-R260-HL7RoleClass} (role).</li>
 *   <li>Annuaire Santé 1.1.0 ({@code ans.fhir.fr.annuaire}), whose profiles Cercle de soins names for a
 *       professional: {@code https://interop.esante.gouv.fr/ig/fhir/annuaire/StructureDefinition/as-practitionerrole},
 *       {@code as-practitioner}, {@code as-organization}.</li>
 *   <li>Cercle de soins 2.0.1 ({@code ans.fhir.fr.cds}):
 *       {@code https://interop.esante.gouv.fr/ig/fhir/cds/StructureDefinition/cds-ihe-careteam} and
 *       {@code cds-fr-related-person}.</li>
 *   <li>Transfert de données DUI 2.2.0 ({@code ans.fhir.fr.tddui}):
 *       {@code https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-careplan-projet-personnalise},
 *       {@code tddui-goal-objectif}, {@code tddui-service-request-besoin}, {@code tddui-task-moyen-ressource}, {@code tddui-consent-accord}, the
 *       extensions {@code tddui-careplan-reference}, {@code tddui-goal-note} and {@code tddui-discriminator}.</li>
 * </ul>
 * What no guide codes (colleagues, schoolmates and community members; the référent de proximité; sectors,
 * horizons, kinds of organisation, life spheres, categories of information and of professionals) uses the code
 * systems and extensions this module publishes under {@code https://maillage.org/fhir/} ({@link
 * org.maillage.fhir.FhirCodes}).
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this package throws a
 * {@link NullPointerException}.
 *
 * @since 0.1
 */
@NullMarked
package org.maillage.fhir;

import org.jspecify.annotations.NullMarked;
