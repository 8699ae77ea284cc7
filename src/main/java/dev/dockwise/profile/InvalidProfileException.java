package dev.dockwise.profile;

import java.util.List;
import java.util.stream.Collectors;

/** A profile that can't be used, with every problem found. */
public final class InvalidProfileException extends Exception {
    private final transient List<ProfileProblem> problems;

    /** How many problems a message lists before it says how many more there are. */
    public static final int SHOWN = 20;

    public InvalidProfileException(List<ProfileProblem> problems) {
        super(lines(problems, SHOWN).stream().collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** The first {@code max} problems, then "... and N more problems" when there are more. */
    public static List<String> lines(List<ProfileProblem> problems, int max) {
        List<String> shown =
                new java.util.ArrayList<>(
                        problems.stream().limit(max).map(ProfileProblem::toString).toList());
        if (problems.size() > max) {
            shown.add("... and " + (problems.size() - max) + " more problems");
        }
        return shown;
    }

    /** The problems as lines, at most {@link #SHOWN} of them and a count of the rest. */
    public List<String> shownProblems() {
        return lines(problems, SHOWN);
    }

    public InvalidProfileException(ProfileProblem problem) {
        this(List.of(problem));
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
