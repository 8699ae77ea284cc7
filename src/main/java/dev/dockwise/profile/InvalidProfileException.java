package dev.dockwise.profile;

import java.util.List;
import java.util.stream.Collectors;

/** A profile that can't be used, with every problem found. */
public final class InvalidProfileException extends Exception {
    private final transient List<ProfileProblem> problems;

    public InvalidProfileException(List<ProfileProblem> problems) {
        super(problems.stream().map(ProfileProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidProfileException(ProfileProblem problem) {
        this(List.of(problem));
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
