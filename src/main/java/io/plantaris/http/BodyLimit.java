package io.plantaris.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Caps every request body at a number of bytes, whether its length is declared or it comes in
 * chunks: Javalin checks only the Content-Length header, so a chunked body was read whole into the
 * heap (1 GiB ended in an OutOfMemoryError). Reading past the cap throws {@link BodyTooLarge}.
 */
final class BodyLimit implements Filter {
  private final long maxBytes;

  BodyLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new Capped((HttpServletRequest) req, maxBytes), res);
  }

  private static final class Capped extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream in;

    Capped(HttpServletRequest req, long maxBytes) {
      super(req);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (in == null) {
        in = new CappedStream(super.getInputStream(), maxBytes);
        if (getContentLengthLong() > maxBytes) {
          throw new BodyTooLarge(maxBytes); // declared too large: refused before reading
        }
      }
      return in;
    }
  }

  private static final class CappedStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long maxBytes;
    private long read;

    CappedStream(ServletInputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, (int) Math.min(len, maxBytes + 1 - read));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > maxBytes) {
        throw new BodyTooLarge(maxBytes);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
