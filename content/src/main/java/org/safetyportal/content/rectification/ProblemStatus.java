package org.safetyportal.content.rectification;

/** A problem is being rectified from the day it is recorded until its completion is recorded. */
public enum ProblemStatus {
    RECTIFYING,
    RECTIFIED
}
