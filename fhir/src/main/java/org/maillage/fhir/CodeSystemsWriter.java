package org.maillage.fhir;

import static org.maillage.fhir.FhirCodes.*;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maillage.Labelled;
import org.maillage.member.Horizon;
import org.maillage.member.OrganisationKind;
import org.maillage.member.ParticipantRole;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.person.LifeSphere;
import org.maillage.person.RepresentationKind;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.be.BelgianProfessionalCategory;
import org.maillage.sharing.fr.RegulatoryCategory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Writes the module's code systems as a collection Bundle of R4 CodeSystem resources, labels in French. */
final class CodeSystemsWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final Locale FRENCH = Locale.FRENCH;

  private CodeSystemsWriter() {}

  static String write() {
    StringWriter out = new StringWriter(16384);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("resourceType", "Bundle");
      g.writeStringProperty("type", "collection");
      g.writeName("entry");
      g.writeStartArray();
      List<String[]> relations = new ArrayList<>();
      for (Relation r : Relation.values()) {
        if (r.hl7RoleCode().isEmpty()) {
          relations.add(new String[] {r.name(), r.label(FRENCH)});
        }
      }
      codeSystem(g, RELATION, "MaillageRelation", "Relations que HL7 v3 RoleCode ne code pas", relations);
      codeSystem(g, PARTICIPANT_ROLE, "MaillageParticipantRole", "Rôles des participants", labels(ParticipantRole.values()));
      codeSystem(g, CARE_TEAM_ROLE, "MaillageCareTeamRole", "Rôles dans le réseau de la personne", List.of(
          new String[] {"REFERENT", "Référent de proximité"},
          new String[] {"PRIMARY_MEMBER", "Membre du réseau primaire"},
          new String[] {"PROFESSIONAL", "Professionnel du réseau secondaire"},
          new String[] {"PARTICIPANT", "Participant"}));
      codeSystem(g, REPRESENTATION_KIND, "MaillageRepresentationKind", "Mesures de représentation légale",
          labels(RepresentationKind.values()));
      codeSystem(g, SECTOR, "MaillageSector", "Secteurs", labels(Sector.values()));
      codeSystem(g, HORIZON, "MaillageHorizon", "Horizons", labels(Horizon.values()));
      codeSystem(g, ORGANISATION_KIND, "MaillageOrganisationKind", "Types d'organisation",
          labels(OrganisationKind.values()));
      List<String[]> spheres = new ArrayList<>();
      for (LifeSphere s : LifeSphere.standard()) {
        spheres.add(new String[] {s.code(), s.label(FRENCH)});
      }
      codeSystem(g, LIFE_SPHERE, "MaillageLifeSphere", "Sphères de fonctionnement", spheres);
      codeSystem(g, INFORMATION_CATEGORY, "MaillageInformationCategory", "Catégories d'informations",
          labels(InformationCategory.values()));
      codeSystem(g, PROFESSIONAL_CATEGORY_FR, "MaillageProfessionalCategoryFr",
          "Catégories réglementaires de professionnels (CSP R1110-2)", labels(RegulatoryCategory.values()));
      codeSystem(g, PROFESSIONAL_CATEGORY_BE, "MaillageProfessionalCategoryBe",
          "Catégories de professionnels (Belgique)", labels(BelgianProfessionalCategory.values()));
      codeSystem(g, LEGAL_BASIS, "MaillageLegalBasis", "Fondements juridiques d'un consentement", List.of(
          new String[] {"FR-CSP-L1110-4-III", "Consentement au partage hors équipe de soins (CSP L1110-4 III)"},
          new String[] {"BE-CONSENT", "Consentement au partage (droit belge)"}));
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString();
  }

  private static List<String[]> labels(Labelled[] values) {
    List<String[]> out = new ArrayList<>(values.length);
    for (Labelled v : values) {
      out.add(new String[] {((Enum<?>) v).name(), v.label(FRENCH)});
    }
    return out;
  }

  private static void codeSystem(JsonGenerator g, String url, String name, String title, List<String[]> concepts) {
    g.writeStartObject();
    g.writeStringProperty("fullUrl", url);
    g.writeName("resource");
    g.writeStartObject();
    g.writeStringProperty("resourceType", "CodeSystem");
    g.writeStringProperty("id", url.substring(url.lastIndexOf('/') + 1));
    g.writeName("text");
    g.writeStartObject();
    g.writeStringProperty("status", "generated");
    g.writeStringProperty("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\">CodeSystem " + name + "</div>");
    g.writeEndObject();
    g.writeStringProperty("url", url);
    g.writeStringProperty("version", "0.1");
    g.writeStringProperty("name", name);
    g.writeStringProperty("title", title);
    g.writeStringProperty("status", "draft");
    g.writeBooleanProperty("experimental", false);
    g.writeStringProperty("publisher", "Maillage");
    g.writeBooleanProperty("caseSensitive", true);
    g.writeStringProperty("content", "complete");
    g.writeName("concept");
    g.writeStartArray();
    for (String[] c : concepts) {
      g.writeStartObject();
      g.writeStringProperty("code", c[0]);
      g.writeStringProperty("display", c[1]);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

}
