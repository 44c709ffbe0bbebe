package dev.lambdadesk.ui.statepanel;

import dev.lambdadesk.ui.common.Tone;

/**
 * A watched function reached a final state a person wants to hear about (Active or Failed); the view turns it into
 * a desktop notification.
 */
public record StateNotice(String functionName, String title, String text, Tone tone) {
}
