package org.maillage.formats.ecomap;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the advance widths of a TrueType font, in thousandths of an em, for U+0020 to U+024F (Basic Latin to
 * Latin Extended-B): the table {@link TextWidths} reads. Not run by the build; run by hand when the table must
 * change, from the repository root:
 *
 * <pre>
 * mvn -q -B -pl formats -am test-compile
 * java -cp formats/target/test-classes org.maillage.formats.ecomap.WidthTableGenerator \
 *     /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
 *     formats/src/main/resources/org/maillage/formats/ecomap/dejavu-sans-widths.txt
 * </pre>
 */
final class WidthTableGenerator {
  private WidthTableGenerator() {}

  public static void main(String[] args) throws Exception {
    Font font = Font.createFont(Font.TRUETYPE_FONT, new File(args[0])).deriveFont(1000f);
    FontRenderContext context = new FontRenderContext(null, true, true);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      out.println("# Advance widths of " + font.getFontName() + ", in thousandths of an em, from U+0020, one per line");
      for (int c = 0x20; c <= 0x24F; c++) {
        int width = font.canDisplay(c)
            ? (int) Math.round(font.createGlyphVector(context, Character.toString(c)).getGlyphMetrics(0).getAdvance())
            : 0;
        out.println(width);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
