package dev.dockwise.engine.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalogue pattern that stays quick on a long log. A pasted message is searched as it is; a long
 * text is first searched for the plain text the pattern cannot match without ({@link
 * RequiredLiterals}), and the expression runs only around where that text occurs. Searching a 16 MB
 * log for a hundred patterns this way costs seconds, not tens of seconds.
 */
final class QuickPattern {
    /**
     * Up to this length the expression runs over the whole text: the filter would only add work.
     */
    static final int LONG_TEXT = 64 * 1024;

    /**
     * How far a match may reach on either side of its required text. The catalogue's gaps are at
     * most {@code .{0,160}}; {@code \S*} runs past this only in a line of thousands of characters
     * without a space, which no error message is.
     */
    static final int REACH = 4096;

    private final Pattern pattern;
    private final List<String> literals;

    QuickPattern(String regex) {
        this.pattern = Pattern.compile(regex);
        this.literals = RequiredLiterals.of(regex).orElse(List.of());
    }

    /** The first match in the text, as the expression itself would find it. */
    Optional<MatchResult> find(String text) {
        if (literals.isEmpty() || text.length() <= LONG_TEXT) {
            Matcher m = pattern.matcher(text);
            return m.find() ? Optional.of(m.toMatchResult()) : Optional.empty();
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] window : windows(text)) {
            m.region(window[0], window[1]);
            if (m.find()) {
                return Optional.of(m.toMatchResult());
            }
        }
        return Optional.empty();
    }

    /** Every match in the text, as (start, end), at most {@code limit} of them. */
    List<int[]> findAll(String text, int limit) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<int[]> windows =
                literals.isEmpty() || text.length() <= LONG_TEXT
                        ? List.of(new int[] {0, text.length()})
                        : windows(text);
        for (int[] window : windows) {
            m.region(window[0], window[1]);
            while (out.size() < limit && m.find()) {
                out.add(new int[] {m.start(), m.end()});
                if (m.end() == m.start()) {
                    break;
                }
            }
        }
        return out;
    }

    boolean foundIn(String text) {
        return find(text).isPresent();
    }

    /**
     * The stretches around each occurrence of a required text, overlapping ones merged, in order.
     */
    private List<int[]> windows(String text) {
        List<int[]> around = new ArrayList<>();
        for (String literal : literals) {
            int[] current = null;
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                int start = Math.max(0, at - REACH);
                int end = Math.min(text.length(), at + literal.length() + REACH);
                if (current != null && start <= current[1]) {
                    current[1] = end;
                } else {
                    current = new int[] {start, end};
                    around.add(current);
                }
            }
        }
        around.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] w : around) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && w[0] <= last[1]) {
                last[1] = Math.max(last[1], w[1]);
            } else {
                merged.add(w);
            }
        }
        return merged;
    }
}
