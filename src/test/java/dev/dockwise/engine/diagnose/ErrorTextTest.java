package dev.dockwise.engine.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The normaliser undoes what happens to an error text on its way into a paste box. */
class ErrorTextTest {

    @Test
    void spacesCollapseAsTheExpressionDid() {
        java.util.regex.Pattern space =
                java.util.regex.Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
        String alphabet = "ab \t\n\u000b\f\r\u00a0\u2007\u202f\u2028x.";
        java.util.Random random = new java.util.Random(3);
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(
                    space.matcher(s).replaceAll(" ").trim(),
                    ErrorText.collapseSpaces(s.toString()),
                    s.toString());
        }
    }

    @Test
    void aLogOfMillionsOfLinesReadsLikeTheFewLinesItHolds() {
        String lines = "a\n".repeat(2_000_000);
        assertEquals(("a ".repeat(2_000_000)).trim(), ErrorText.normalise(lines));
    }

    @Test
    void markdownQuotesFencesBoldAndBackticksGo() {
        String pasted = "> ```bash\n> **Error:** `0x80370114` The operation\n> ```";
        assertEquals("error: 0x80370114 the operation", ErrorText.normalise(pasted));
    }

    @Test
    void lineBreaksQuotedAsEscapesInADockerDesktopLogBreakTheLineButAPathKeepsItsBackslashes() {
        assertEquals(
                "configuration.\nPlease enable\nError code: x\n",
                PasteCleaner.unescapeLineBreaks(
                        "configuration.\\r\\nPlease enable\\r\\r\\nError code: x\\r\\n"));
        assertEquals(
                "C:\\new\\rates\\notes.txt",
                PasteCleaner.unescapeLineBreaks("C:\\new\\rates\\notes.txt"));
    }

    @Test
    void htmlTagsGo() {
        assertEquals(
                "system.invalidoperationexception: failed",
                ErrorText.normalise(
                        "<i><p"
                            + " style=\"color:rgb(60,115,155)\">System.InvalidOperationException:</p>"
                            + " failed</i>"));
    }

    @Test
    void logPrefixesAndTimestampsGoSoThatWrappedMessagesJoin() {
        String log =
                "[2020-09-14T10:22:31.512Z][GUI][Error] hardware assisted\n"
                        + "[2020-09-14T10:22:31.513Z][GUI][Error] virtualization must be enabled\n"
                        + "2026-08-10 14:12:03, Info  CBS reboot required\n"
                        + "time=\"2020-02-04T09:37:21+05:30\" level=error msg=\"failed to load"
                        + " listeners\"\n"
                        + "users_1     | exec user process caused\n"
                        + "00:00:01.123456 Power up failed";
        assertEquals(
                "hardware assisted virtualization must be enabled cbs reboot required \"failed to"
                        + " load listeners\" exec user process caused power up failed",
                ErrorText.normalise(log));
    }

    @Test
    void aWordSplitByAConsoleWrapIsClosedUpInTheSecondReading() {
        // two lines of exactly the same width: the console wrapped them
        String line1 =
                "An error occurred trying to connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v";
        String line2 =
                "1.23/containers/json: open //./pipe/docker_engine: The system cannot find the fi";
        assertEquals(line1.length(), line2.length());
        List<String> forms = ErrorText.forms(line1 + "\n" + line2 + "\nle specified.");
        assertEquals(2, forms.size());
        assertTrue(
                forms.get(1).contains("the system cannot find the file specified."),
                forms.toString());
        assertTrue(forms.get(0).contains("find the fi le specified"), forms.toString());
    }

    @Test
    void aLineThatEndsEarlyIsNotJoinedToTheNext() {
        assertEquals(
                List.of("docker daemon is not running"),
                ErrorText.forms("docker daemon\nis not running"));
    }

    @Test
    void utf8ReadAsWindows1252IsReadBack() {
        String french = "\u00c9chec de l\u2019attachement du disque \u00e0 WSL2";
        String mangled =
                new String(
                        french.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertTrue(mangled.contains("\u00c3"), mangled);
        assertEquals(ErrorText.normalise(french), ErrorText.normalise(mangled));
    }

    @Test
    void utf16OutputReadAsBytesLosesItsNulsAndItsSpacedLetters() {
        assertEquals(
                "wsl/service/e_unexpected",
                ErrorText.normalise(
                        "W\u0000s\u0000l\u0000/\u0000S\u0000e\u0000r\u0000v\u0000i\u0000c\u0000e\u0000/\u0000E\u0000_\u0000U\u0000N\u0000E\u0000X\u0000P\u0000E\u0000C\u0000T\u0000E\u0000D"));
        assertEquals(
                "error code: wsl/service/e_unexpected",
                ErrorText.normalise("Error code: W s l / S e r v i c e / E _ U N E X P E C T E D"));
    }

    @Test
    void hresultsTakeOneSpellingWhateverTheLanguageAround() {
        assertEquals("fehlercode: 0x8007019e", ErrorText.normalise("Fehlercode: 8007019E"));
        assertEquals("error 0x8007019e", ErrorText.normalise("Error 0X8007019E"));
        assertEquals(
                "(hresult) 0x800700b7 (2147942583 (0x800700b7))",
                ErrorText.normalise("(HRESULT) 0x800700b7 (2147942583)"));
        assertEquals(
                "exit code -2147024713 (0x800700b7)", ErrorText.normalise("exit code -2147024713"));
        assertEquals("exit code: 4294967295", ErrorText.normalise("exit code: 4294967295"));
        assertEquals("wsl/0x80070422", ErrorText.normalise("Wsl/0x80070422"));
    }

    @Test
    void pathsKeepTheirFileName() {
        assertEquals(
                "the process cannot access <path:ext4.vhdx>",
                ErrorText.normalise(
                        "The process cannot access"
                                + " C:\\Users\\Ann\\AppData\\Local\\Docker\\wsl\\data\\ext4.vhdx"));
        assertEquals("open <path>", ErrorText.normalise("open C:\\ProgramData\\Docker\\"));
    }
}
