package dev.dockwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockwise.report.text.Csv;
import org.junit.jupiter.api.Test;

/** Every formula trigger is neutralised and control characters never reach a spreadsheet raw. */
class CsvTest {

    @Test
    void everyFormulaTriggerGetsAnApostrophe() {
        assertEquals("'=1+1", Csv.field("=1+1"));
        assertEquals("'+cmd", Csv.field("+cmd"));
        assertEquals("'-2", Csv.field("-2"));
        assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
        assertEquals("'\t=1", Csv.field("\t=1"));
        assertEquals("\"'\r=1\"", Csv.field("\r=1"));
        assertEquals("plain", Csv.field("plain"));
    }

    @Test
    void controlCharactersAreShownEscaped() {
        assertEquals("\\x1B]0;x\\x07", Csv.field("\u001b]0;x\u0007"));
        assertEquals("a\\u202Eb", Csv.field("a\u202eb"));
    }
}
