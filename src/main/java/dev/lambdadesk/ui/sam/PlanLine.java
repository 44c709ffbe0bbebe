package dev.lambdadesk.ui.sam;

import dev.lambdadesk.ui.common.Tone;

/** One sentence of what code signing will do on deploy, and how it should read at a glance. */
public record PlanLine(String text, Tone tone) {
}
