package io.plantaris.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (BouncyCastle) in the PHC string format, with OWASP's minimum cost (19
 * MiB, 2 passes, 1 lane): about 50 ms per login on one core, slow enough for a guessing attack on a
 * stolen file, cheap enough for a login form.
 */
public final class PasswordHasher {
  public static final int DEFAULT_MEMORY_KIB = 19_456;
  public static final int DEFAULT_ITERATIONS = 2;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final int memoryKib;
  private final int iterations;
  private final SecureRandom random = new SecureRandom();

  /** A hash of a fixed password, verified against when the user is unknown (same timing). */
  private final String decoy;

  public PasswordHasher() {
    this(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS);
  }

  public PasswordHasher(int memoryKib, int iterations) {
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.decoy = hash("decoy password".toCharArray());
  }

  public String hash(char[] password) {
    if (password.length < 8) {
      throw new IllegalArgumentException("password must have at least 8 characters");
    }
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] out = derive(password, salt, memoryKib, iterations, HASH_BYTES);
    return "$argon2id$v=19$m="
        + memoryKib
        + ",t="
        + iterations
        + ",p=1$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(out);
  }

  /** True when {@code password} matches {@code encoded}; a null hash burns the same time. */
  public boolean verify(char[] password, String encoded) {
    String e = encoded == null ? decoy : encoded;
    String[] parts = e.split("\\$");
    if (parts.length != 6 || !parts[1].equals("argon2id")) {
      throw new IllegalArgumentException("not an argon2id hash");
    }
    int m = 0;
    int t = 0;
    for (String kv : parts[3].split(",")) {
      String[] p = kv.split("=");
      switch (p[0]) {
        case "m" -> m = Integer.parseInt(p[1]);
        case "t" -> t = Integer.parseInt(p[1]);
        default -> {}
      }
    }
    byte[] salt = B64D.decode(parts[4]);
    byte[] expected = B64D.decode(parts[5]);
    byte[] actual = derive(password, salt, m, t, expected.length);
    return MessageDigest.isEqual(expected, actual) && encoded != null;
  }

  private static byte[] derive(char[] password, byte[] salt, int m, int t, int length) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(m)
            .withIterations(t)
            .withParallelism(1)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator gen = new Argon2BytesGenerator();
    gen.init(params);
    byte[] pw = new String(password).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[length];
    gen.generateBytes(pw, out);
    Arrays.fill(pw, (byte) 0);
    return out;
  }
}
