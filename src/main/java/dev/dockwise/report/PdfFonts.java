package dev.dockwise.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The PDF's type: DejaVu Sans embedded, so every machine renders it alike and non-Latin host names
 * print, in the sizes and weights the report uses.
 */
final class PdfFonts {
    private static final Color MUTED = new Color(0x59, 0x63, 0x6E);

    final BaseFont regular;
    final Font body;
    final Font small;
    final Font strong;
    final Font smallStrong;
    final Font h1;
    final Font h2;
    final Font h3;
    final Font muted;

    PdfFonts() {
        regular = font("DejaVuSans.ttf");
        BaseFont bold = font("DejaVuSans-Bold.ttf");
        body = new Font(regular, 9.5f);
        small = new Font(regular, 7.5f);
        strong = new Font(bold, 9.5f);
        smallStrong = new Font(bold, 7.5f);
        h1 = new Font(bold, 18);
        h2 = new Font(bold, 13.5f);
        h3 = new Font(bold, 11);
        muted = new Font(regular, 9, Font.NORMAL, MUTED);
    }

    private static BaseFont font(String file) {
        try (InputStream in =
                PdfFonts.class.getResourceAsStream("/dev/dockwise/report/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + file);
            }
            return BaseFont.createFont(
                    file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
