package org.ziyuanku.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Keeps what the page writes in memory instead of sending it, so that it can be cached and then sent; headers and
 * status go to the real response. A redirect or an error is sent at once and marks the answer as not cacheable.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean cacheable = true;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("not asynchronous");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void setContentLength(int len) {
        // the length is set when the body is sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // the length is set when the body is sent
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public void reset() {
        body.reset();
        super.reset();
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        cacheable = false;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        cacheable = false;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        cacheable = false;
        super.sendRedirect(location);
    }

    /** Whether the answer may be kept: status 200, no error or redirect sent, no cookie set. */
    boolean cacheable() {
        return cacheable && getStatus() == SC_OK && !containsHeader("Set-Cookie") && !isCommitted();
    }

    /** Everything written so far. */
    byte[] body() {
        flushBuffer();
        return body.toByteArray();
    }
}
