package org.maillage.flink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.apache.flink.util.Collector;

/**
 * Reads JSON Lines files, each line with its file and its number (counted from 1, every line counted, blank
 * ones too, so that a number is what an editor shows), through Flink's {@link FileSystem}: local files, and
 * whatever file systems the cluster has plugins for (HDFS, S3). A file whose name ends in {@code .gz} is read
 * through gzip.
 *
 * <p>Why not Flink's {@code FileSource} with its text line format: that format gives neither the file nor the
 * line number. Here the unit of work is a file: the job lists the files on the client, and each parallel reader
 * takes whole files, so the numbers are exact. A single file is not split between readers: give the job many
 * files (as a dump of many case files naturally is), or generate the networks in the job.
 *
 * <p>Blank lines are skipped, not reported. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class FileLines implements FlatMapFunction<String, Line> {
  private static final long serialVersionUID = 1L;

  /** A reader of the files named by the elements. */
  public FileLines() {}

  /**
   * Lists the files to read: the file itself, or the files of a directory (not its subdirectories), in name order,
   * those whose name starts with {@code .} or {@code _} left out (Flink's and Hadoop's hidden files).
   *
   * @param input a file or a directory
   * @return the files' paths
   * @throws UncheckedIOException if the input cannot be listed
   */
  public static List<String> list(String input) {
    Path path = new Path(input);
    try {
      FileSystem fs = path.getFileSystem();
      FileStatus status = fs.getFileStatus(path);
      List<String> files = new ArrayList<>();
      if (!status.isDir()) {
        files.add(path.toString());
        return files;
      }
      for (FileStatus child : fs.listStatus(path)) {
        String name = child.getPath().getName();
        if (!child.isDir() && !name.startsWith(".") && !name.startsWith("_")) {
          files.add(child.getPath().toString());
        }
      }
      files.sort(null);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("FileLines: cannot list " + input, e);
    }
  }

  /**
   * Reads one file's lines in order.
   *
   * @param file the file's path
   * @param lines receives each non-blank line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static void read(String file, Consumer<Line> lines) {
    Path path = new Path(file);
    try (InputStream in = open(path);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      long number = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        number++;
        if (!text.isBlank()) {
          lines.accept(Line.of(file, number, text));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("FileLines: cannot read " + file, e);
    }
  }

  private static InputStream open(Path path) throws IOException {
    InputStream in = path.getFileSystem().open(path);
    return path.getName().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  @Override
  public void flatMap(String file, Collector<Line> out) {
    read(file, out::collect);
  }
}
