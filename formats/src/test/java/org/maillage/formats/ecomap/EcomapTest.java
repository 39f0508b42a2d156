package org.maillage.formats.ecomap;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.Language;
import org.maillage.MemberId;
import org.maillage.network.Network;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class EcomapTest {

  private static String draw(Network network, EcomapOptions options) {
    return Ecomap.svg(network, options);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 20, 80})
  void no_two_labels_or_nodes_overlap_and_nothing_lies_outside_the_drawing(int members) throws Exception {
    // given a network of that many members with long names, drawn with names and with roles
    Network network = Sized.of(members);

    for (LabelMode mode : LabelMode.values()) {
      // when
      Picture picture = new Picture(draw(network, EcomapOptions.builder(Sized.DATE).labels(mode)
          .flag(List.of(MemberId.of("m-0"))).build()));

      // then
      assertThat(Picture.overlapping(picture.texts)).as("labels of %s members, %s", members, mode).isEmpty();
      assertThat(Picture.overlapping(picture.shapes)).as("nodes of %s members, %s", members, mode).isEmpty();
      List<EcomapLayout.Box> all = new ArrayList<>(picture.texts);
      all.addAll(picture.shapes);
      assertThat(all).allSatisfy(b -> assertThat(picture.inside(b)).as("%s inside %s", b, picture.viewBox).isTrue());
      for (EcomapLayout.Box text : picture.texts) {
        assertThat(picture.shapes).noneMatch(text::overlaps);
      }
    }
  }

  @Test
  void every_current_member_every_tie_and_the_legend_have_an_element_with_a_title() throws Exception {
    // given
    Network network = Sized.of(20);

    // when
    Picture picture = new Picture(draw(network, EcomapOptions.of(Sized.DATE)));

    // then
    for (var member : network.currentMembers(Sized.DATE)) {
      assertThat(picture.titles).anyMatch(t -> t.endsWith("(" + member.id().value() + ")"));
    }
    long tieGroups = picture.titles.stream().filter(t -> t.contains(" and ")).count();
    assertThat(tieGroups).isEqualTo(network.ties().size());
    assertThat(picture.titles).contains("Legend");
    assertThat(picture.document.getDocumentElement().getElementsByTagName("desc").getLength())
        .isGreaterThan(network.currentMembers(Sized.DATE).size());
  }

  @Test
  void the_same_network_gives_the_same_bytes() {
    // given two equal networks built apart
    Network first = Sized.of(30);
    Network second = Sized.of(30);

    // when
    String a = draw(first, EcomapOptions.of(Sized.DATE));
    String b = draw(second, EcomapOptions.of(Sized.DATE));

    // then
    assertThat(a).isEqualTo(b);
  }

  @Test
  void roles_mode_reads_no_name_and_names_mode_does() {
    // given a network with a marker in every name
    Network network = Sized.of(20);

    // when
    String roles = draw(network, EcomapOptions.of(Sized.DATE));
    String names = draw(network, EcomapOptions.builder(Sized.DATE).labels(LabelMode.NAMES).build());

    // then
    assertThat(roles).doesNotContain("name~");
    assertThat(names).contains("name~");
  }

  @Test
  void the_layout_keeps_boxes_apart_by_more_than_the_svg_rounding_takes_away() {
    // given: two labels 0.003 apart, as a generated network once had them; written to a tenth, they overlapped
    EcomapLayout.Box left = new EcomapLayout.Box(-87.2575, -113.9, 79.912, 14);
    EcomapLayout.Box right = new EcomapLayout.Box(-7.3425, -118, 82.291, 14);

    // then: apart, but too near for the layout, which widens the rings until they are not
    assertThat(left.overlaps(right)).isFalse();
    assertThat(left.near(right, EcomapLayout.CLEARANCE)).isTrue();
    assertThat(left.near(new EcomapLayout.Box(-6, -118, 82.291, 14), EcomapLayout.CLEARANCE)).isFalse();
  }

  @Test
  void a_name_that_looks_like_a_placeholder_is_written_as_it_is() {
    // given: the focal person named like the placeholders of the tie titles' template
    Network sized = Sized.of(20);
    Network network = Network.builder().from(sized).focalPerson(org.maillage.person.Person.builder()
        .from(sized.focalPerson().orElseThrow()).name("{second} {nature}").build()).build();

    // when
    String names = draw(network, EcomapOptions.builder(Sized.DATE).labels(LabelMode.NAMES).build());

    // then: each value is written once, never read again for placeholders
    assertThat(names).contains("{second} {nature}");
  }

  @Test
  void line_styles_follow_hartman_and_supports_carry_arrows() {
    // given
    Network network = Sized.of(20);

    // when
    String svg = draw(network, EcomapOptions.of(Sized.DATE));

    // then: thick, dashed, hatched and cross-hatched lines, and arrows at one or both ends
    assertThat(svg).contains("stroke-width=\"4\"", "stroke-dasharray=\"6 4\"", "marker-end=\"url(#support)\"",
        "marker-start=\"url(#support)\"", "orient=\"auto-start-reverse\"", "stroke=\"#a01010\"");
    assertThat(svg).contains("<path d=\"M");
  }

  @Test
  void the_legend_speaks_the_language_asked_for() {
    // given
    Network network = Sized.of(5);

    // when / then
    assertThat(draw(network, EcomapOptions.builder(Sized.DATE).language(Language.FRENCH).build()))
        .contains("Légende", "Écocarte du réseau n-5");
    assertThat(draw(network, EcomapOptions.builder(Sized.DATE).language(Language.DUTCH).build()))
        .contains("Legende", "Ecomap van netwerk n-5");
  }

  @Test
  void a_network_without_focal_person_is_drawn_around_itself() throws Exception {
    // given the same members without the person
    Network network = Network.builder().from(Sized.of(10)).focalPerson(java.util.Optional.empty())
        .ties(List.of()).build();

    // when
    Picture picture = new Picture(draw(network, EcomapOptions.of(Sized.DATE)));

    // then
    assertThat(picture.titles).contains("network n-10");
  }

  @ParameterizedTest
  @ValueSource(ints = {20, 80})
  void rasterised_the_centre_every_member_every_line_and_the_legend_are_drawn(int members) throws Exception {
    // given
    Network network = Sized.of(members);
    String svg = draw(network, EcomapOptions.of(Sized.DATE));
    Picture picture = new Picture(svg);

    // when
    BufferedImage image = rasterise(svg, picture);

    // then: the centre and every node's centre are painted, so is some point along every line
    assertThat(painted(image, picture, 0, 0)).as("centre").isTrue();
    NodeList circles = picture.document.getDocumentElement().getElementsByTagName("*");
    int lines = 0;
    for (int i = 0; i < circles.getLength(); i++) {
      Element e = (Element) circles.item(i);
      if (e.getTagName().equals("line") && e.hasAttribute("marker-end") | e.getAttribute("stroke").equals("#333333")
          || e.getTagName().equals("line") && e.getAttribute("stroke").equals("#a01010")) {
        double x1 = Double.parseDouble(e.getAttribute("x1"));
        double y1 = Double.parseDouble(e.getAttribute("y1"));
        double x2 = Double.parseDouble(e.getAttribute("x2"));
        double y2 = Double.parseDouble(e.getAttribute("y2"));
        boolean any = false;
        for (double t = 0.2; t <= 0.8; t += 0.05) {
          any |= painted(image, picture, x1 + t * (x2 - x1), y1 + t * (y2 - y1));
        }
        assertThat(any).as("line %s,%s to %s,%s", x1, y1, x2, y2).isTrue();
        lines++;
      }
    }
    assertThat(lines).isGreaterThan(members);
    for (EcomapLayout.Box shape : picture.shapes) {
      assertThat(painted(image, picture, shape.x() + shape.width() / 2, shape.y() + shape.height() / 2)).isTrue();
    }
    // the legend: its text rows below the drawing hold dark pixels
    EcomapLayout.Box last = picture.texts.get(picture.texts.size() - 1);
    boolean legend = false;
    for (double x = last.x(); x < last.right(); x += 1) {
      legend |= dark(image, picture, x, last.y() + last.height() / 2);
    }
    assertThat(legend).as("the legend's last row").isTrue();
  }

  private static BufferedImage rasterise(String svg, Picture picture) throws Exception {
    SVGDocument document = Objects.requireNonNull(new SVGLoader().load(
        new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null, LoaderContext.createDefault()));
    int width = (int) Math.ceil(picture.viewBox[2]);
    int height = (int) Math.ceil(picture.viewBox[3]);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setTransform(new AffineTransform());
    document.render(null, g);
    g.dispose();
    return image;
  }

  /** Whether the pixel at a point of the drawing, or one next to it, is not white. */
  private static boolean painted(BufferedImage image, Picture picture, double x, double y) {
    int px = (int) Math.round(x - picture.viewBox[0]);
    int py = (int) Math.round(y - picture.viewBox[1]);
    for (int dx = -1; dx <= 1; dx++) {
      for (int dy = -1; dy <= 1; dy++) {
        int cx = px + dx;
        int cy = py + dy;
        if (cx >= 0 && cy >= 0 && cx < image.getWidth() && cy < image.getHeight()
            && (image.getRGB(cx, cy) & 0xFFFFFF) != 0xFFFFFF) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean dark(BufferedImage image, Picture picture, double x, double y) {
    int px = (int) Math.round(x - picture.viewBox[0]);
    int py = (int) Math.round(y - picture.viewBox[1]);
    if (px < 0 || py < 0 || px >= image.getWidth() || py >= image.getHeight()) {
      return false;
    }
    int rgb = image.getRGB(px, py);
    return ((rgb >> 16) & 0xFF) < 128 && ((rgb >> 8) & 0xFF) < 128 && (rgb & 0xFF) < 128;
  }
}
