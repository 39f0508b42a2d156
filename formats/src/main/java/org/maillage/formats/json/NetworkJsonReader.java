package org.maillage.formats.json;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.maillage.formats.FormatException;
import org.maillage.formats.FormatProblem;
import org.maillage.formats.ReadLimits;
import org.maillage.network.Network;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.JacksonException;

/**
 * Reads a network from a Maillage JSON document (<i>lecteur JSON</i>), safely from untrusted input.
 *
 * <p>The document is read whole or not at all: either the network comes back built, with the model's
 * structural checks passed, or a {@link FormatException} lists every problem found, each with its JSON Pointer,
 * line and column, what was expected and what was found. Nothing else is thrown for any input: a syntax error,
 * a truncated document, a limit reached ({@link ReadLimits}, checked while parsing), a value of the wrong type,
 * an unknown member (unless {@link #acceptingUnknownMembers()}), a missing one, a repeated member name, a
 * document of a newer version of the format, and the model's own refusals (dangling references, repeated ids,
 * dates out of order) are all problems of that exception. Syntax errors and limits end the reading where they
 * stand; the other problems are collected over the whole document, up to {@link ReadLimits#maxProblems()}.
 *
 * <p>A polymorphic value (member, professional standing, jurisdiction fact) names its type in a {@code "type"}
 * member that comes first in its object, as the writer writes it, so that the value is read in one pass.
 *
 * <pre>{@code
 * try {
 *   Network network = NetworkJsonReader.create().read(json);
 * } catch (FormatException e) {
 *   e.problems().forEach(p -> log.warn(p.message(Locale.FRENCH)));
 * }
 * }</pre>
 *
 * <p>Reading is linear in the size of the document. This class is immutable and thread-safe; one reader can
 * read many documents at once.
 *
 * @since 0.1
 */
public final class NetworkJsonReader {
  private static final NetworkJsonReader DEFAULT = new NetworkJsonReader(ReadLimits.defaults(), false);

  private final ReadLimits limits;
  private final boolean lenient;
  private final JsonFactory factory;

  private NetworkJsonReader(ReadLimits limits, boolean lenient) {
    this.limits = limits;
    this.lenient = lenient;
    this.factory = factory(limits);
  }

  static JsonFactory factory(ReadLimits limits) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentLength())
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxNameLength())
        .maxTokenCount(limits.maxTokenCount())
        .maxNumberLength(64)
        .build();
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /**
   * Returns a reader with the default limits that refuses unknown members.
   *
   * @return the reader
   * @since 0.1
   */
  public static NetworkJsonReader create() {
    return DEFAULT;
  }

  /**
   * Returns a copy of this reader with other limits.
   *
   * @param limits the limits
   * @return the reader
   * @since 0.1
   */
  public NetworkJsonReader withLimits(ReadLimits limits) {
    return new NetworkJsonReader(Objects.requireNonNull(limits, "NetworkJsonReader.limits"), lenient);
  }

  /**
   * Returns a copy of this reader that skips members it does not know instead of refusing the document: the
   * lenient mode, for documents written by a later minor version or carrying a vendor's own members.
   *
   * @return the reader
   * @since 0.1
   */
  public NetworkJsonReader acceptingUnknownMembers() {
    return new NetworkJsonReader(limits, true);
  }

  /**
   * Returns the limits of this reader.
   *
   * @return the limits
   * @since 0.1
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Tells whether this reader skips unknown members.
   *
   * @return true in the lenient mode
   * @since 0.1
   */
  public boolean acceptsUnknownMembers() {
    return lenient;
  }

  /**
   * Reads a network from a document held in a string.
   *
   * @param json the document
   * @return the network
   * @throws FormatException with every problem found, if the document is not a valid network
   * @since 0.1
   */
  public Network read(String json) {
    return read(() -> factory.createParser(ObjectReadContext.empty(), json), 1, NO_SOURCE);
  }

  /**
   * Reads a network from a document in bytes, UTF-8 (or UTF-16 or UTF-32 with its byte order mark).
   *
   * @param json the document
   * @return the network
   * @throws FormatException with every problem found, if the document is not a valid network
   * @since 0.1
   */
  public Network read(byte[] json) {
    return read(() -> factory.createParser(ObjectReadContext.empty(), json), 1, NO_SOURCE);
  }

  /**
   * Reads a network from a character stream, which it does not close.
   *
   * @param json the document
   * @return the network
   * @throws FormatException with every problem found, if the document is not a valid network
   * @throws UncheckedIOException if the stream cannot be read
   * @since 0.1
   */
  public Network read(Reader json) {
    return read(() -> factory.createParser(ObjectReadContext.empty(), json), 1, e -> true);
  }

  /**
   * Reads a network from a byte stream, UTF-8 by default, which it does not close.
   *
   * @param json the document
   * @return the network
   * @throws FormatException with every problem found, if the document is not a valid network
   * @throws UncheckedIOException if the stream cannot be read (bytes that are not text are a
   *     {@link FormatException})
   * @since 0.1
   */
  public Network read(InputStream json) {
    WatchedInputStream watched = new WatchedInputStream(json);
    return read(() -> factory.createParser(ObjectReadContext.empty(), watched), 1, watched::threw);
  }

  /** For a source held in memory: no failure can come from it, so any is one of the document's encoding. */
  static final Predicate<Throwable> NO_SOURCE = e -> false;

  JsonFactory jsonFactory() {
    return factory;
  }

  /**
   * Reads the one document of a parser, which it closes; lines are counted from {@code firstLine}. The parser is
   * made inside, since making it may already check a limit (the length of a string or an array given whole).
   */
  Network read(Supplier<JsonParser> parsers, int firstLine, Predicate<Throwable> fromSource) {
    JsonParser parser;
    try {
      parser = parsers.get();
    } catch (StreamConstraintsException e) {
      throw new FormatException(List.of(FormatProblem.of("", firstLine, 1, "format.json.limit",
          Map.of("limit", limitName(e), "value", limitValue(limitName(e))))));
    } catch (JacksonIOException e) {
      if (!fromSource.test(e.getCause())) {
        throw new FormatException(List.of(FormatProblem.of("", firstLine, 1, "format.json.encoding",
            Map.of("expected", "UTF-8, UTF-16 or UTF-32 text", "found", "bytes out of the encoding"))));
      }
      throw new UncheckedIOException(e.getCause());
    }
    JsonInput in = new JsonInput(parser, limits, lenient, firstLine);
    Network network = null;
    try (JsonParser p = parser) {
      JsonToken first = p.nextToken();
      if (first == null) {
        in.problemAt("", firstLine, 1, "format.json.empty", Map.of("expected", "object"));
      } else {
        network = new ModelReader(in).document();
        if (in.problems().isEmpty() && p.nextToken() != null) {
          in.problem("format.json.trailing-content", Map.of("expected", "end of input", "found", in.found()));
        }
      }
    } catch (JsonInput.TooManyProblems e) {
      // the bound is reached: the problems collected so far are the answer
    } catch (StreamConstraintsException e) {
      parseProblem(in, e, "format.json.limit", Map.of("limit", limitName(e), "value", limitValue(limitName(e))));
    } catch (UnexpectedEndOfInputException e) {
      parseProblem(in, e, "format.json.truncated", Map.of("expected", "more input", "found", "end of input"));
    } catch (JacksonIOException e) {
      if (fromSource.test(e.getCause())) {
        throw new UncheckedIOException(e.getCause());
      }
      // bytes that are not text in the encoding detected: a fault of the document, not of the stream
      parseProblem(in, e, "format.json.encoding", Map.of("expected", "UTF-8, UTF-16 or UTF-32 text",
          "found", "bytes out of the encoding"));
    } catch (JacksonException e) {
      if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate Object property")) {
        // a member named twice in one object: which value is meant cannot be known
        parseProblem(in, e, "format.json.repeated-member", Map.of("expected", "each member once",
            "found", "a member named twice"));
      } else {
        parseProblem(in, e, "format.json.syntax", Map.of("expected", "JSON", "found", "malformed JSON"));
      }
    }
    if (!in.problems().isEmpty() || network == null) {
      List<FormatProblem> problems = in.problems();
      if (problems.isEmpty()) {
        in.problemAt("", firstLine, 1, "format.json.syntax", Map.of("expected", "JSON", "found", "malformed JSON"));
      }
      throw new FormatException(problems);
    }
    return network;
  }

  private static void parseProblem(JsonInput in, JacksonException e, String key, Map<String, String> arguments) {
    TokenStreamLocation l = e.getLocation();
    if (l == null || l.getLineNr() <= 0) {
      // a limit is raised without a location: the parser's own is where it stopped
      l = in.parser().currentLocation();
    }
    int line = l == null ? 0 : in.line(l);
    int column = l == null ? 0 : Math.max(l.getColumnNr(), 0);
    in.problems().add(FormatProblem.of(in.pointer(), line, column, key, arguments));
  }

  private static String limitName(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("NestingDepth")) {
      return "maxNestingDepth";
    }
    if (m.contains("DocumentLength")) {
      return "maxDocumentLength";
    }
    if (m.contains("StringLength")) {
      return "maxStringLength";
    }
    if (m.contains("NameLength")) {
      return "maxNameLength";
    }
    if (m.contains("TokenCount")) {
      return "maxTokenCount";
    }
    return "maxNumberLength";
  }

  private String limitValue(String name) {
    switch (name) {
      case "maxNestingDepth":
        return Integer.toString(limits.maxNestingDepth());
      case "maxDocumentLength":
        return Long.toString(limits.maxDocumentLength());
      case "maxStringLength":
        return Integer.toString(limits.maxStringLength());
      case "maxNameLength":
        return Integer.toString(limits.maxNameLength());
      case "maxTokenCount":
        return Long.toString(limits.maxTokenCount());
      default:
        return "64";
    }
  }

  @Override
  public String toString() {
    return "NetworkJsonReader[" + limits + (lenient ? ", lenient" : "") + "]";
  }
}
