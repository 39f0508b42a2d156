package org.maillage.formats.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed pseudonyms of one transform: HMAC-SHA-256 of the id's kind and value under the caller's key, as a
 * kind prefix and lower-case base32 (RFC 4648) characters, each original given the same pseudonym throughout the
 * transform; a pseudonym already given to another original of the same kind is a collision, resolved by hashing
 * again with a counter, and counted.
 *
 * <p>Not thread-safe: one instance per transform.
 */
final class Pseudonyms {
  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  /** How many counters are tried before giving up: only reached when the pseudonym space is exhausted. */
  private static final int MAX_ATTEMPTS = 1_000;

  private final Mac mac;
  private final int length;
  private final Map<String, Map<String, String>> byKind = new HashMap<>();
  private final Map<String, Map<String, String>> takenByKind = new HashMap<>();
  private int collisions;

  Pseudonyms(byte[] key, int length) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
    this.length = length;
  }

  /**
   * Returns the pseudonym of an original id.
   *
   * @param prefix the kind's prefix, such as {@code "m"}; it names the id's type, never a role
   * @param original the id's value
   * @return the pseudonym, {@code prefix-} then the base32 characters
   */
  String of(String prefix, String original) {
    Map<String, String> given = byKind.computeIfAbsent(prefix, k -> new HashMap<>());
    String known = given.get(original);
    if (known != null) {
      return known;
    }
    Map<String, String> taken = takenByKind.computeIfAbsent(prefix, k -> new HashMap<>());
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      String candidate = prefix + "-" + encode(digest(prefix, original, attempt));
      String holder = taken.putIfAbsent(candidate, original);
      if (holder == null) {
        given.put(original, candidate);
        return candidate;
      }
      collisions++;
    }
    throw new IllegalStateException("no free pseudonym of kind '" + prefix + "' after " + MAX_ATTEMPTS
        + " attempts: the pseudonym length " + length + " is too short for this many ids");
  }

  /** Returns the number of collisions met and resolved so far. */
  int collisions() {
    return collisions;
  }

  /** Tells whether a value is a pseudonym this transform gave for the kind. */
  boolean isGiven(String prefix, String value) {
    Map<String, String> taken = takenByKind.get(prefix);
    return taken != null && taken.containsKey(value);
  }

  /** Returns a number drawn from the key and a label, in [0, bound). */
  int draw(String label, String value, int bound) {
    byte[] d = digest(label, value, 0);
    int n = ((d[0] & 0xff) << 24 | (d[1] & 0xff) << 16 | (d[2] & 0xff) << 8 | (d[3] & 0xff)) & 0x7fffffff;
    return n % bound;
  }

  private byte[] digest(String prefix, String original, int attempt) {
    mac.reset();
    mac.update(prefix.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    mac.update(original.getBytes(StandardCharsets.UTF_8));
    if (attempt > 0) {
      mac.update((byte) 0);
      mac.update(Integer.toString(attempt).getBytes(StandardCharsets.UTF_8));
    }
    return mac.doFinal();
  }

  private String encode(byte[] digest) {
    char[] out = new char[length];
    long buffer = 0;
    int bits = 0;
    int in = 0;
    for (int i = 0; i < length; i++) {
      if (bits < 5) {
        buffer = buffer << 8 | (digest[in++] & 0xff);
        bits += 8;
      }
      out[i] = BASE32[(int) (buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    return new String(out);
  }
}
