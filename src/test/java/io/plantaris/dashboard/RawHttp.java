package io.plantaris.dashboard;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request written byte by byte on a socket, for what java.net.http will not send: a chunked body
 * that keeps coming after the server has answered.
 */
final class RawHttp {
  private RawHttp() {}

  /** The answer's status line and body start, while a writer thread sends up to {@code bytes}. */
  record Answer(String statusLine, String text, long bytesSent) {}

  /** A POST of {@code bytes} in chunks, no length declared. */
  static Answer chunked(int port, String path, String headers, long bytes) throws Exception {
    return post(port, path, headers + "Transfer-Encoding: chunked\r\n", bytes, true);
  }

  /**
   * A POST declaring {@code Content-Length: bytes}, the body written while the answer is read: a
   * server refusing it before reading the body may close while it is still being sent, which a
   * client that writes the whole body first (the JDK's) reports as a broken pipe, not the answer.
   */
  static Answer declared(int port, String path, String headers, long bytes) throws Exception {
    return post(port, path, headers + "Content-Length: " + bytes + "\r\n", bytes, false);
  }

  private static Answer post(int port, String path, String headers, long bytes, boolean chunked)
      throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      AtomicLong sent = new AtomicLong();
      Thread writer =
          new Thread(
              () -> {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'a');
                try {
                  while (sent.get() < bytes) {
                    int n = (int) Math.min(chunk.length, bytes - sent.get());
                    if (chunked) {
                      out.write((Integer.toHexString(n) + "\r\n").getBytes());
                    }
                    out.write(chunk, 0, n);
                    if (chunked) {
                      out.write("\r\n".getBytes());
                    }
                    sent.addAndGet(n);
                  }
                  if (chunked) {
                    out.write("0\r\n\r\n".getBytes());
                  }
                } catch (Exception e) {
                  // the server stopped reading and closed: what a cap should do
                }
              },
              "chunked-writer");
      writer.setDaemon(true);
      writer.start();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      String status = in.readLine();
      StringBuilder text = new StringBuilder();
      String line;
      while ((line = in.readLine()) != null && text.length() < 4096) {
        text.append(line).append('\n');
        if (line.startsWith("{")) {
          break;
        }
      }
      s.close();
      writer.join(10_000);
      return new Answer(status, text.toString(), sent.get());
    }
  }
}
