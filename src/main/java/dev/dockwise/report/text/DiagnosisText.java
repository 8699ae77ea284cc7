package dev.dockwise.report.text;

import dev.dockwise.engine.diagnose.Diagnosis;
import dev.dockwise.engine.diagnose.DiagnosisMatch;
import java.util.List;

/** {@code diagnose} for the terminal: each match with its confidence, causes, checks and fixes. */
public final class DiagnosisText {
    private DiagnosisText() {}

    public static String render(Diagnosis diagnosis) {
        StringBuilder out = new StringBuilder();
        if (!diagnosis.recognised()) {
            out.append(
                    "Not recognised: this message is not in Dockwise's catalogue of known"
                            + " errors.\n\n"
                            + "Checks worth running:\n");
            diagnosis.generalChecks().forEach(c -> out.append(Wrap.lines("  - ", "    ", c)));
            return out.append(decodedAndSimilar(diagnosis, "  ")).toString();
        }
        int n = 1;
        for (DiagnosisMatch m : diagnosis.matches()) {
            if (n > 1) {
                out.append('\n');
            }
            out.append(
                    Wrap.lines(
                            n + ". ",
                            "   ",
                            m.title() + " (" + Math.round(m.confidence() * 100) + "% sure)"));
            out.append(Wrap.lines("   Matched: ", "     ", "\"" + m.evidence() + "\""));
            section(out, "Likely causes", m.causes());
            section(out, "Checks", m.checks());
            section(out, "Fixes", m.fixes());
            if (!m.sharedWith().isEmpty()) {
                section(
                        out,
                        "The same message is also printed by",
                        m.sharedWith().stream()
                                .map(x -> x.title() + ". Tell them apart: " + x.check())
                                .toList());
            }
            out.append(Wrap.lines("   Source: ", "     ", m.source()));
            n++;
        }
        return out.append(decodedAndSimilar(diagnosis, "")).toString();
    }

    /**
     * The codes in the text with their meaning, and reported problems like it, marked as similar,
     * not as the cause.
     */
    private static String decodedAndSimilar(Diagnosis diagnosis, String indent) {
        StringBuilder out = new StringBuilder();
        if (!diagnosis.codes().isEmpty()) {
            out.append("\nCodes in the text:\n");
            diagnosis
                    .codes()
                    .forEach(
                            c ->
                                    out.append(
                                            Wrap.lines(
                                                    indent + "  - ",
                                                    indent + "    ",
                                                    c.code()
                                                            + " "
                                                            + c.name()
                                                            + " ("
                                                            + c.component()
                                                            + "): "
                                                            + c.meaning())));
        }
        if (!diagnosis.similar().isEmpty()) {
            out.append("\nSimilar reported problems (similar, not necessarily the cause):\n");
            diagnosis
                    .similar()
                    .forEach(
                            c ->
                                    out.append(
                                            Wrap.lines(
                                                    indent + "  - ",
                                                    indent + "    ",
                                                    c.title() + ": " + c.thread())));
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        out.append("   ").append(title).append(":\n");
        lines.forEach(l -> out.append(Wrap.lines("     - ", "       ", l)));
    }
}
