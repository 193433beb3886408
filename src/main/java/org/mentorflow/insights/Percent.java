package org.mentorflow.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share as a percentage with one decimal ("66.7"), or empty when there is nothing to share. */
final class Percent {

    private Percent() {
    }

    static String of(long part, long whole) {
        return whole == 0 ? "" : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
