package org.maillage.formats.ecomap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An ecomap's SVG read back as a test sees it: parsed as XML (so well-formed), its view box, the box of every
 * text (measured with the same width model the layout documents) and of every filled shape, and each group's
 * title.
 */
final class Picture {
  final Document document;
  final double[] viewBox;
  final List<EcomapLayout.Box> texts = new ArrayList<>();
  final List<EcomapLayout.Box> shapes = new ArrayList<>();
  final List<String> titles = new ArrayList<>();

  Picture(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    this.document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    Element root = document.getDocumentElement();
    String[] box = root.getAttribute("viewBox").split(" ");
    this.viewBox = new double[] {d(box[0]), d(box[1]), d(box[2]), d(box[3])};
    NodeList groups = root.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      titles.add(title(g));
    }
    NodeList all = root.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      switch (e.getTagName()) {
        case "text" -> {
          if (!e.getTextContent().equals("!")) {
            texts.add(textBox(e));
          }
        }
        case "circle" -> {
          // a finding's badge sits on its node's corner, inside the node's own box
          if (!e.getAttribute("fill").equals("none") && !e.getAttribute("r").equals("5") && !inLegend(e)) {
            double r = d(e.getAttribute("r"));
            shapes.add(new EcomapLayout.Box(d(e.getAttribute("cx")) - r, d(e.getAttribute("cy")) - r, 2 * r, 2 * r));
          }
        }
        case "rect" -> {
          if (!inLegend(e) && e.getParentNode() != root) {
            shapes.add(new EcomapLayout.Box(d(e.getAttribute("x")), d(e.getAttribute("y")),
                d(e.getAttribute("width")), d(e.getAttribute("height"))));
          }
        }
        default -> { }
      }
    }
  }

  private static boolean inLegend(Element e) {
    for (Node n = e.getParentNode(); n instanceof Element g; n = n.getParentNode()) {
      if (g.getTagName().equals("g") && (title(g).equals("Legend") || title(g).equals("Légende")
          || title(g).equals("Legende"))) {
        return true;
      }
    }
    return false;
  }

  private static String title(Element g) {
    for (Node c = g.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element t && t.getTagName().equals("title")) {
        return t.getTextContent();
      }
    }
    return "";
  }

  /** The box a text takes: its width by the documented model, centred or from its x, its height a line. */
  private static EcomapLayout.Box textBox(Element e) {
    double size = e.hasAttribute("font-size") ? d(e.getAttribute("font-size")) : EcomapLayout.FONT;
    double width = TextWidths.dejaVuSans().width(e.getTextContent(), size);
    double x = d(e.getAttribute("x"));
    double baseline = d(e.getAttribute("y"));
    double left = e.getAttribute("text-anchor").equals("middle") ? x - width / 2 : x;
    return new EcomapLayout.Box(left, baseline - size, width, size + 3);
  }

  /** @return the first pair of boxes of the list that overlap, or an empty list */
  static List<EcomapLayout.Box> overlapping(List<EcomapLayout.Box> boxes) {
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        if (boxes.get(i).overlaps(boxes.get(j))) {
          return List.of(boxes.get(i), boxes.get(j));
        }
      }
    }
    return List.of();
  }

  /** Whether a box lies inside the view box. */
  boolean inside(EcomapLayout.Box b) {
    return b.x() >= viewBox[0] && b.y() >= viewBox[1] && b.right() <= viewBox[0] + viewBox[2]
        && b.y() + b.height() <= viewBox[1] + viewBox[3];
  }

  private static double d(String s) {
    return Double.parseDouble(s);
  }
}
