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
        List<String> general = new ArrayList<>(ProfileFields.IN_HOST);
        general.remove(ProfileFields.LTSC);
        assertEquals(general, names(written.get("host")), "a host that is not LTSC is written as v1 was first published");
        assertEquals(ProfileFields.IN_CPU, names(written.get("host").get("cpu")));
        assertEquals(ProfileFields.IN_FEATURES, names(written.get("host").get("features")));
        assertEquals(ProfileFields.IN_SOFTWARE, names(written.get("host").get("software")));
        assertEquals(ProfileFields.IN_NEEDS, names(written.get("needs")));
    }

    @Test
    void anLtscHostIsWrittenWithLtscAfterTheEditionAndReadBack() throws Exception {
        String ltsc = TestEngine.baseline().replace("\"edition\":\"pro\"", "\"edition\":\"enterprise\",\"ltsc\":true");
        JsonNode written = ProfileWriter.toTree(ProfileReader.read(ltsc));
        assertEquals(ProfileFields.IN_HOST, names(written.get("host")));
        assertEquals(true, ProfileReader.read(written.toString()).host().ltsc());
        assertEquals(null, ProfileReader.read(TestEngine.baseline()).host().ltsc(), "a v1 profile without the field stays valid: unknown");
    }
}
