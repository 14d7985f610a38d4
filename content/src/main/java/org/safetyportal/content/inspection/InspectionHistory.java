package org.safetyportal.content.inspection;

import java.util.List;

/**
 * Everything published about one inspection result: the record as it reads now, the record as first
 * published, its corrections and its status events, oldest first.
 */
public record InspectionHistory(InspectionRecord current, InspectionRecord original,
        List<InspectionCorrection> corrections, List<RectificationEvent> events) {

    public InspectionHistory {
        corrections = List.copyOf(corrections);
        events = List.copyOf(events);
    }
}
