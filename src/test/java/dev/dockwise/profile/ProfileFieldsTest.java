package dev.dockwise.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockwise.TestEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer writes exactly the fields the validator accepts, in the documented order. */
class ProfileFieldsTest {
    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writtenFieldsAreTheKnownFields() throws Exception {
        JsonNode written = ProfileWriter.toTree(ProfileReader.read(TestEngine.baseline()));
        assertEquals(ProfileFields.TOP, names(written));
        assertEquals(ProfileFields.IN_HOST, names(written.get("host")));
        assertEquals(ProfileFields.IN_CPU, names(written.get("host").get("cpu")));
        assertEquals(ProfileFields.IN_FEATURES, names(written.get("host").get("features")));
        assertEquals(ProfileFields.IN_SOFTWARE, names(written.get("host").get("software")));
        assertEquals(ProfileFields.IN_NEEDS, names(written.get("needs")));
    }
}
