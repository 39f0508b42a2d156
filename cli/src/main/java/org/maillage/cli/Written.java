package org.maillage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.maillage.network.Network;

/**
 * Where a command that writes one document per network puts it: a file named by the network's id in the target
 * folder when the target is a folder, ends with a separator, or the input may hold several networks (the folder
 * then created when missing); else the target file; without a target, standard output.
 */
final class Written {
  private Written() {}

  static void write(@Nullable Path target, boolean several, Network network, String extension, String document,
      PrintWriter out, PrintWriter err, Words words) throws IOException {
    if (target == null) {
      out.print(document);
      out.flush();
      return;
    }
    Path file = target;
    if (several || Files.isDirectory(target) || target.toString().endsWith("/")) {
      Files.createDirectories(target);
      file = target.resolve(safe(network.id().value()) + extension);
    }
    Files.writeString(file, document, StandardCharsets.UTF_8);
    err.println(words.text("written", "file", file));
  }

  /** An id as a file name: the characters an id may hold that a file system may not become {@code _}. */
  static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
