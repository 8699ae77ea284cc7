package dev.dockwise.scripts.powershell;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one way user data enters a generated script: as a single-quoted PowerShell literal. Like
 * PowerShell's own CodeGeneration.EscapeSingleQuotedStringContent, it doubles every character the
 * tokenizer treats as a single quote (U+0027, U+2018, U+2019, U+201A, U+201B), so nothing in the
 * value can end the string; inside single quotes $, backtick and double quotes mean nothing.
 * Identifiers are checked against allow-lists before they are quoted.
 */
public final class PowerShell {
    private static final Pattern DISTRO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern VM_NAME = Pattern.compile("[^\\p{Cntrl}\"*/:<>?\\\\|]{1,100}");

    private PowerShell() {}

    /** Whether PowerShell's tokenizer ends a single-quoted string at this character. */
    public static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }

    /**
     * The value as a single-quoted literal; refuses NUL and line breaks (single-line fields only).
     */
    public static String quote(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new UnsafeValueException("contains a NUL character");
            }
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                throw new UnsafeValueException("must be a single line");
            }
            b.append(c);
            if (isSingleQuote(c)) {
                b.append(c);
            }
        }
        return b.append('\'').toString();
    }

    /** A PowerShell array of single-quoted literals: @('a', 'b'). */
    public static String array(List<String> values) {
        return values.stream().map(PowerShell::quote).collect(Collectors.joining(", ", "@(", ")"));
    }

    /** A WSL distribution name: letters, digits, dot, underscore, dash. */
    public static String distro(String name) {
        if (!DISTRO.matcher(name).matches()) {
            throw new UnsafeValueException(
                    "a WSL distribution name uses only letters, digits, '.', '_' and '-' (got \""
                            + name
                            + "\")");
        }
        return quote(name);
    }

    /** A Hyper-V VM name: printable, without the characters Hyper-V refuses. */
    public static String vmName(String name) {
        if (!VM_NAME.matcher(name).matches() || !name.equals(name.strip())) {
            throw new UnsafeValueException(
                    "a VM name is 1 to 100 printable characters without \" * / : < > ? \\ | (got \""
                            + name
                            + "\")");
        }
        return quote(name);
    }

    /** Thrown when a value can't safely become part of a script; the message says why. */
    public static final class UnsafeValueException extends IllegalArgumentException {
        public UnsafeValueException(String message) {
            super(message);
        }
    }
}
