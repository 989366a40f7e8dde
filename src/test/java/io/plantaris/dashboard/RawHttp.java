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

  static Answer chunked(int port, String path, String headers, long bytes) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + headers
                  + "Transfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      AtomicLong sent = new AtomicLong();
      Thread writer =
          new Thread(
              () -> {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'a');
                byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes();
                try {
                  while (sent.get() < bytes) {
                    out.write(head);
                    out.write(chunk);
                    out.write("\r\n".getBytes());
                    sent.addAndGet(chunk.length);
                  }
                  out.write("0\r\n\r\n".getBytes());
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
