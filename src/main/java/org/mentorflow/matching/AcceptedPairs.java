package org.mentorflow.matching;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code acceptedPairs} variable: "studentId:mentorId" separated by commas, readable in Cockpit. Person ids
 * are letters and digits, so neither separator occurs in them.
 */
final class AcceptedPairs {

    private AcceptedPairs() {
    }

    static String format(Map<String, String> mentorOf) {
        return mentorOf.entrySet().stream().map(pair -> pair.getKey() + ":" + pair.getValue()).collect(Collectors.joining(","));
    }

    /** Each student's accepted mentor, in the order written. */
    static Map<String, String> parse(String pairs) {
        Map<String, String> mentorOf = new LinkedHashMap<>();
        if (pairs == null || pairs.isBlank()) {
            return mentorOf;
        }
        for (String pair : pairs.split(",")) {
            String[] ids = pair.strip().split(":");
            if (ids.length != 2 || ids[0].isBlank() || ids[1].isBlank()) {
                throw new IllegalArgumentException("acceptedPairs: '" + pair + "' is no studentId:mentorId");
            }
            mentorOf.put(ids[0].strip(), ids[1].strip());
        }
        return mentorOf;
    }
}
