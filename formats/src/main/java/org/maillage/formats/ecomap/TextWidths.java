package org.maillage.formats.ecomap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The one width model an ecomap's layout measures text with: the advance widths of DejaVu Sans (the font the
 * SVG names first), in thousandths of an em, for U+0020 to U+024F, shipped as a table so that the layout is the
 * same whatever fonts are installed. A character outside the table counts as the widest of the table, so that
 * a label is never measured narrower than a renderer may draw it.
 *
 * <p>Immutable and thread-safe.
 */
final class TextWidths {
  /** The first character of the table. */
  private static final int FIRST = 0x20;
  private static final TextWidths DEJAVU_SANS = load("dejavu-sans-widths.txt");

  private final short[] widths;
  private final int widest;

  private TextWidths(short[] widths) {
    this.widths = widths;
    int max = 0;
    for (short w : widths) {
      max = Math.max(max, w);
    }
    this.widest = max;
  }

  /** @return the model of DejaVu Sans */
  static TextWidths dejaVuSans() {
    return DEJAVU_SANS;
  }

  /**
   * Measures a text.
   *
   * @param text the text
   * @param size the font size, in the drawing's units
   * @return the advance width of the text at that size
   */
  double width(String text, double size) {
    long thousandths = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int index = c - FIRST;
      int w = index >= 0 && index < widths.length && widths[index] > 0 ? widths[index] : widest;
      thousandths += w;
      i += Character.charCount(c);
    }
    return thousandths * size / 1000.0;
  }

  private static TextWidths load(String resource) {
    try (InputStream in = Objects.requireNonNull(TextWidths.class.getResourceAsStream(resource),
        "the width table " + resource + " is missing from the jar");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      short[] table = new short[0x250 - FIRST];
      int i = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#") && !line.isBlank() && i < table.length) {
          table[i++] = Short.parseShort(line.trim());
        }
      }
      return new TextWidths(table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
