package org.safetyportal.content.lists;

/** REQUESTED by a publisher → PUBLISHED or DECLINED by a reviewer who did not ask. */
public enum RepealStatus {
    REQUESTED,
    PUBLISHED,
    DECLINED
}
