package dev.dockwise.ui.wizard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The validator's messages speak of JSON ("expected a whole number from 1 to 99999 (an OS build
 * number such as 22631), got "22x31""), which is right for a profile file and the command line. In
 * the wizard the user typed into a field: say what to type, in their words, on one line.
 */
final class ProblemWords {
    private static final Pattern WHOLE = Pattern.compile("expected a whole number from (\\d+) to (\\d+) \\((.*)\\), got .*");
    private static final Pattern MEMORY = Pattern.compile("expected the memory in GB, a number above 0 and at most (\\d+), got .*");
    private static final Pattern TOO_LONG = Pattern.compile("too long: at most (\\d+) characters, got (\\d+)");
    private static final Pattern SUCH_AS = Pattern.compile("(.*) such as (\\S+)");

    private ProblemWords() {
    }

    static String forUser(String message) {
        Matcher m = WHOLE.matcher(message);
        if (m.matches()) {
            Matcher example = SUCH_AS.matcher(m.group(3));
            String what = example.matches() ? example.group(1).replaceFirst("^(an|the) ", "") : m.group(3);
            return "Type " + (what.startsWith("0 ") ? "0, 1 or 2" : "the " + what + " in digits")
                    + (example.matches() ? ", e.g. " + example.group(2) : "") + " (" + m.group(1) + " to " + m.group(2) + ").";
        }
        m = MEMORY.matcher(message);
        if (m.matches()) {
            return "Type the memory in GB, e.g. 16 (more than 0, at most " + m.group(1) + ").";
        }
        m = TOO_LONG.matcher(message);
        if (m.matches()) {
            return "That is " + m.group(2) + " characters; keep it to " + m.group(1) + ".";
        }
        if (message.startsWith("must be a single line")) {
            return "Keep it on one line.";
        }
        if (message.startsWith("contains a NUL character") || message.startsWith("contains a control character")) {
            return "Remove the invisible control character (often pasted along with the text).";
        }
        if (message.startsWith("only applies to a virtual machine")) {
            return "This only applies to a virtual machine: choose Virtual machine under Machine first, or leave it empty.";
        }
        if (message.startsWith("only Windows Server editions have an installation option")) {
            return "Only Windows Server editions have this option: choose a Server edition first, or leave it as Don't know.";
        }
        if (message.startsWith("must name at least one container type")) {
            return "Choose at least one kind of container (Linux or Windows).";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + (message.endsWith(".") ? "" : ".");
    }
}
