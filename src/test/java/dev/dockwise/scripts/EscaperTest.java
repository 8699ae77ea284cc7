package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dockwise.scripts.powershell.PowerShell;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one escaper: every value comes back unchanged from the literal, and nothing ends it early.
 */
class EscaperTest {

    @Provide
    Arbitrary<String> singleLine() {
        Arbitrary<Character> tricky =
                Arbitraries.of(
                        '\'', '\u2018', '\u2019', '\u201A', '\u201B', '"', '\u201C', '\u201D', '$',
                        '`', '(', ')', ';', '|', '&', '#', '<', '>', '@', '{', '}', '\u2013', ' ',
                        '\\', 'a', 'Z', '0', '\u00E9', '\u4E2D', '\t');
        return Arbitraries.oneOf(
                tricky.list().ofMaxSize(40).map(EscaperTest::join),
                Arbitraries.strings()
                        .ofMaxLength(60)
                        .filter(
                                s ->
                                        s.chars()
                                                .noneMatch(
                                                        c ->
                                                                c == 0
                                                                        || c == '\n'
                                                                        || c == '\r'
                                                                        || c == '\u0085'
                                                                        || c == '\u2028'
                                                                        || c == '\u2029')));
    }

    private static String join(java.util.List<Character> chars) {
        StringBuilder b = new StringBuilder();
        chars.forEach(b::append);
        return b.toString();
    }

    @Property(tries = 3000)
    void theLiteralReadsBackAsTheValueAndEndsAtItsLastCharacter(
            @ForAll("singleLine") String value) {
        String literal = PowerShell.quote(value);
        PsQuotes.Literal read = PsQuotes.read(literal, 0);
        assertEquals(value, read.value());
        assertEquals(
                literal.length() - 1,
                read.end(),
                "the string must not end before its last character");
    }

    @Property(tries = 1000)
    void aLiteralInCodeLeavesTheCodeAroundItAlone(@ForAll("singleLine") String value) {
        String script =
                "Write-Output " + PowerShell.quote(value) + "\r\nRemove-Nothing -Path 'x'\r\n";
        assertEquals("Write-Output 'S'\r\nRemove-Nothing -Path 'S'\r\n", PsQuotes.codeOnly(script));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "O'Brien",
                "x\u2019; Remove-Item C:\\ -Recurse; \u2019",
                "$(Stop-Computer)",
                "`whoami`",
                "a\u201Ab\u201Bc\u2018d"
            })
    void knownAttacksStayInsideTheString(String value) {
        String literal = PowerShell.quote(value);
        assertEquals(value, PsQuotes.read(literal, 0).value());
    }

    @Test
    void smartQuotesAreDoubledLikeAsciiOnes() {
        assertEquals(
                "'a''b\u2019\u2019c\u2018\u2018d\u201A\u201Ae\u201B\u201Bf'",
                PowerShell.quote("a'b\u2019c\u2018d\u201Ae\u201Bf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\u0000b", "a\u2028b", "a\u2029b", "a\u0085b"})
    void lineBreaksAndNulAreRefused(String value) {
        assertThrows(PowerShell.UnsafeValueException.class, () -> PowerShell.quote(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ubuntu; rm -rf /", "Ubuntu'", "-Ubuntu", "", "Ubuntu 24.04"})
    void distroNamesAreAllowListed(String name) {
        assertThrows(PowerShell.UnsafeValueException.class, () -> PowerShell.distro(name));
    }

    @Test
    void validIdentifiersPass() {
        assertEquals("'Ubuntu-24.04'", PowerShell.distro("Ubuntu-24.04"));
        assertEquals("'dev VM (2)'", PowerShell.vmName("dev VM (2)"));
        assertThrows(PowerShell.UnsafeValueException.class, () -> PowerShell.vmName("a|b"));
    }
}
