package dev.dockwise.engine.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A closed set of values with stable, lower-case ids: the ids are the contract of the profile
 * format and the command line (SPEC sections 1 and 2), the Java names are not.
 */
public interface Identified {
    String id();

    static <E extends Enum<E> & Identified> Optional<E> parse(Class<E> type, String id) {
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & Identified> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Identified::id).toList();
    }
}
