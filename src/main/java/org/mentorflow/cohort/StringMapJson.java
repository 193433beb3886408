package org.mentorflow.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A coordinator's choices per person or mentorship (placements, closing decisions) as the JSON string a process
 * variable holds: the engine stores no maps without Spin, and a string stays readable in Cockpit.
 */
final class StringMapJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StringMapJson() {
    }

    static String write(Map<String, String> choices) {
        try {
            return JSON.writeValueAsString(choices);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param what what the map holds, for the message when it is not one */
    static Map<String, String> read(String json, String what) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON object of strings: " + what, e);
        }
    }
}
