package dev.lambdadesk.ui.statepanel;

import java.time.Instant;

import dev.lambdadesk.ui.common.Tone;

/**
 * One change in a watched function's timeline.
 *
 * @param at   when it was seen
 * @param time {@code at} as the panel shows it (local time of day)
 * @param word the change in one word for the timeline strip: the state ("Pending", "Active"), "Reconnecting"...
 * @param text what changed, in words
 * @param tone how it reads at a glance
 */
public record TimelineEntry(Instant at, String time, String word, String text, Tone tone) {
}
