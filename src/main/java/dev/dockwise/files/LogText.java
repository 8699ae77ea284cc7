package dev.dockwise.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads a log as text whatever Windows wrote it in: UTF-8 (with or without BOM), or UTF-16 as
 * Windows PowerShell 5.1's {@code >} redirection and many Windows tools write it. Undecodable bytes
 * become U+FFFD; a file that is mostly NUL or control bytes is refused as binary, and only regular
 * files are read (see {@link BoundedRead}).
 */
public final class LogText {
    /** Logs beyond this are read from their end, where the failure usually is. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private LogText() {}

    public static String read(Path file) throws IOException {
        byte[] head = BoundedRead.head(file, 4096);
        // the tail of a long log has lost its byte order mark: the encoding comes from the head,
        // and
        // UTF-16 is cut at a character
        byte[] bom = bom(head);
        boolean utf16 = bom.length == 2 || looksUtf16Le(head) || looksUtf16Be(head);
        byte[] tail = BoundedRead.tail(file, MAX_BYTES, utf16 ? 2 : 1);
        if (tail.length < MAX_BYTES || bom.length == 0) {
            return decode(tail);
        }
        byte[] marked = new byte[bom.length + tail.length];
        System.arraycopy(bom, 0, marked, 0, bom.length);
        System.arraycopy(tail, 0, marked, bom.length, tail.length);
        return decode(marked);
    }

    private static byte[] bom(byte[] head) {
        if (head.length >= 2
                && ((head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe
                        || (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff)) {
            return new byte[] {head[0], head[1]};
        }
        return new byte[0];
    }

    public static String decode(byte[] bytes) throws CharacterCodingException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (looksUtf16Le(bytes)) {
            charset = StandardCharsets.UTF_16LE;
        } else if (looksUtf16Be(bytes)) {
            charset = StandardCharsets.UTF_16BE;
        }
        String text =
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                        .toString();
        if (binary(text)) {
            throw new CharacterCodingException();
        }
        return text;
    }

    /** ASCII text in UTF-16LE without a BOM: a NUL after most characters. */
    private static boolean looksUtf16Le(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return false;
        }
        int oddZeros = 0;
        int evenZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        return oddZeros > n / 4 && evenZeros < n / 40;
    }

    /** ASCII text in UTF-16BE without a BOM: a NUL before most characters. */
    private static boolean looksUtf16Be(byte[] bytes) {
        return looksUtf16Le(java.util.Arrays.copyOfRange(bytes, 1, Math.min(bytes.length, 4097)));
    }

    private static boolean binary(String text) {
        int n = Math.min(text.length(), 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0
                    || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                    || c == '\ufffd') {
                control++;
            }
        }
        return n > 0 && control > n / 10;
    }
}
