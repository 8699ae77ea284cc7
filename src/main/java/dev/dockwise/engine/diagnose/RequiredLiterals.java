package dev.dockwise.engine.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * The plain text a regular expression cannot match without: for each of its top-level alternatives,
 * the longest run of literal characters outside any group, class or quantifier. A text that holds
 * none of them cannot match, which a plain substring search (fast on any length) tells long before
 * the expression would. Conservative: where a run cannot be read for certain (an inline flag, an
 * alternative with no run of {@link #MIN} characters), there is no filter and the expression runs.
 */
final class RequiredLiterals {
    /** Shorter runs are in nearly every text and filter nothing. */
    static final int MIN = 3;

    private RequiredLiterals() {}

    /**
     * One literal per top-level alternative, any of which a match contains; empty when no filter is
     * safe.
     */
    static Optional<List<String>> of(String regex) {
        if (regex.contains("(?")) {
            return Optional.empty();
        }
        List<String> literals = new ArrayList<>();
        for (String branch : topLevelBranches(regex)) {
            Optional<List<String>> needed = ofBranch(branch);
            if (needed.isEmpty()) {
                return Optional.empty();
            }
            literals.addAll(needed.get());
        }
        return Optional.of(List.copyOf(literals));
    }

    /**
     * What one alternative cannot match without: its longest literal run, or the literals of a
     * group it always passes through ({@code \b(10013|wsaeacces)\b}), whichever filters better.
     */
    private static Optional<List<String>> ofBranch(String branch) {
        List<String> best = null;
        String run = longestRun(branch);
        if (run.length() >= MIN) {
            best = List.of(run);
        }
        for (String group : requiredGroups(branch)) {
            Optional<List<String>> inner = of(group);
            if (inner.isPresent() && (best == null || shortest(inner.get()) > shortest(best))) {
                best = inner.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static int shortest(List<String> literals) {
        return literals.stream().mapToInt(String::length).min().orElse(0);
    }

    /**
     * The contents of the groups at the branch's top level that no quantifier makes optional or
     * repeats.
     */
    private static List<String> requiredGroups(String branch) {
        List<String> groups = new ArrayList<>();
        topLevel(
                branch,
                bar -> {},
                (open, close) -> {
                    boolean quantified =
                            close + 1 < branch.length()
                                    && "?*+{".indexOf(branch.charAt(close + 1)) >= 0;
                    if (!quantified) {
                        groups.add(branch.substring(open + 1, close));
                    }
                });
        return groups;
    }

    private static List<String> topLevelBranches(String regex) {
        List<String> branches = new ArrayList<>();
        int[] start = {0};
        topLevel(
                regex,
                bar -> {
                    branches.add(regex.substring(start[0], bar));
                    start[0] = bar + 1;
                },
                (open, close) -> {});
        branches.add(regex.substring(start[0]));
        return branches;
    }

    /**
     * Walks the expression's top level, past escapes and classes: each {@code |} there, and each
     * group's parentheses.
     */
    private static void topLevel(
            String regex, IntConsumer onBar, BiConsumer<Integer, Integer> onGroup) {
        int depth = 0;
        boolean inClass = false;
        int open = -1;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (c == ')') {
                if (--depth == 0) {
                    onGroup.accept(open, i);
                }
            } else if (c == '|' && depth == 0) {
                onBar.accept(i);
            }
        }
    }

    /** The longest run of characters that every match of the branch contains, in order, exactly. */
    private static String longestRun(String branch) {
        String longest = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < branch.length(); i++) {
            char c = branch.charAt(i);
            Character literal = null;
            int next = i + 1;
            if (c == '\\' && i + 1 < branch.length()) {
                char e = branch.charAt(i + 1);
                next = i + 2;
                // an escaped punctuation mark is itself; \s, \b, \d, \x41 and the like are not one
                // fixed character
                if (!Character.isLetterOrDigit(e)) {
                    literal = e;
                }
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '{') {
                // a counted quantifier's digits are not text: {0,80}
                next = Math.max(next, branch.indexOf('}', i) + 1);
            } else if (depth == 0 && ".^$?*+}|".indexOf(c) < 0) {
                literal = c;
            }
            boolean quantified = next < branch.length() && "?*+{".indexOf(branch.charAt(next)) >= 0;
            if (literal != null && depth == 0 && !inClass && !quantified) {
                run.append(literal.charValue());
            } else {
                if (run.length() > longest.length()) {
                    longest = run.toString();
                }
                run.setLength(0);
            }
            i = next - 1;
        }
        return run.length() > longest.length() ? run.toString() : longest;
    }
}
